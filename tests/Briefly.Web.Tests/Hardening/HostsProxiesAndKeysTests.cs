using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Briefly.Web.Api;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests.Hardening;

/// <summary>Who the site believes: the Host header, X-Forwarded-* and repeated wrong API keys.</summary>
public sealed class HostsProxiesAndKeysTests
{
    private static HttpRequestMessage Publish(string key) =>
        new(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new { title = "Keys", text = "The ferry left at dawn. It came back at noon." }),
            Headers = { { ApiKeyFilter.Header, key } },
        };

    [Fact]
    public async Task Wrong_api_keys_are_throttled_per_client_and_then_even_the_right_key_waits()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        for (var i = 0; i < WrongKeyThrottle.Allowed; i++)
        {
            using var wrong = await client.SendAsync(Publish("guess-" + i));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var locked = await client.SendAsync(Publish("guess-again"));
        await ApiTests.AssertProblemAsync(locked, HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(locked.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        using var right = await client.SendAsync(Publish(SiteFactory.ApiKey));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task The_right_key_is_never_counted_against_a_client()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        for (var i = 0; i < WrongKeyThrottle.Allowed + 2; i++)
        {
            using var right = await client.SendAsync(Publish(SiteFactory.ApiKey));
            Assert.Equal(HttpStatusCode.Created, right.StatusCode);
        }
    }

    [Theory]
    [InlineData("evil.example:99999")]
    [InlineData("evil.example:0")]
    public async Task A_malformed_host_never_becomes_the_feeds_links(string host)
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feed.xml");
        request.Headers.TryAddWithoutValidation("Host", host);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_allowed_hosts_another_host_is_refused_and_with_a_base_url_the_links_ignore_the_host()
    {
        using var factory = new SiteFactory(new()
        {
            ["Briefly:AllowedHosts:0"] = "news.example.org",
            ["Briefly:AllowedHosts:1"] = "127.0.0.1",
            ["Briefly:BaseUrl"] = "https://news.example.org",
        });
        using var client = factory.CreateClient();
        using var other = new HttpRequestMessage(HttpMethod.Get, "/feed.xml");
        other.Headers.TryAddWithoutValidation("Host", "evil.example");
        using var refused = await client.SendAsync(other);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var feed = await client.GetStringAsync("/feed.xml");
        Assert.Contains("<link>https://news.example.org/</link>", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", feed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Forwarded_client_addresses_count_only_from_a_trusted_proxy(bool trusted)
    {
        var settings = new Dictionary<string, string?> { ["Briefly:SummarizePerMinute"] = "6" };
        if (trusted)
            settings["Briefly:TrustedProxies:0"] = "127.0.0.0/8";
        using var factory = new SiteFactory(settings);
        using var client = factory.CreateClient();

        async Task<HttpStatusCode> SummarizeAs(string forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/summarize")
            {
                Content = JsonContent.Create(new { text = "One short sentence to summarize here. And another one after it." }),
            };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await SummarizeAs("203.0.113.5"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SummarizeAs("203.0.113.5"));
        // Another client behind the proxy has its own budget; without the trust, X-Forwarded-For is anyone's to send.
        Assert.Equal(trusted ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, await SummarizeAs("203.0.113.9"));
    }
}
