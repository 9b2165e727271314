using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Ingest.Feeds;
using Briefly.Web.Feeds;
using Briefly.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefly.Web.Tests;

public sealed class FeedsApiTests : IAsyncLifetime, IDisposable
{
    private readonly SiteFactory _factory = new(new() { ["Briefly:Fetch:AllowPrivateNetwork"] = "true" });
    private WebApplication _source = null!;
    private Uri _sourceUrl = null!;

    public async Task InitializeAsync()
    {
        // The publisher's own site, on real Kestrel on 127.0.0.1: one good feed and one failing.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _source = builder.Build();
        _source.MapGet("/feed.xml", () => Results.Text(Rss(), "application/rss+xml"));
        _source.MapGet("/broken.xml", () => Results.StatusCode(500));
        await _source.StartAsync();
        _sourceUrl = new Uri(_source.Urls.Single());
    }

    public async Task DisposeAsync() => await _source.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    private string Rss() =>
        $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>{Item("vc-1", "Ferry routes added")}{Item("vc-2", "Library hours extended")}</channel></rss>""";

    private string Item(string id, string title) =>
        $"<item><guid>{id}</guid><title>{title}</title><link>{new Uri(_sourceUrl, "/stories/" + id)}</link><description><![CDATA[{string.Concat(Enumerable.Repeat($"<p>{title}: the council published the plan today and residents may comment on it until the end of the month.</p>", 10))}]]></description></item>";

    private static HttpRequestMessage Post(object body, bool withKey = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/feeds") { Content = JsonContent.Create(body) };
        if (withKey)
            request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        return request;
    }

    [Fact]
    public async Task Adding_a_feed_needs_the_api_key_and_a_second_add_updates_the_same_feed()
    {
        var client = _factory.CreateClient();
        var url = new Uri(_sourceUrl, "/feed.xml").AbsoluteUri;
        using var anonymous = await client.SendAsync(Post(new { url }, withKey: false));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var created = await client.SendAsync(Post(new { url, intervalMinutes = 15 }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var feed = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(url, feed.GetProperty("url").GetString());
        Assert.Equal(15, feed.GetProperty("intervalMinutes").GetInt32());
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("lastSuccess").ValueKind);
        Assert.Equal($"/api/feeds/{feed.GetProperty("id").GetInt64()}", created.Headers.Location?.OriginalString);

        using var again = await client.SendAsync(Post(new { url, intervalMinutes = 60 }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var updated = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(feed.GetProperty("id").GetInt64(), updated.GetProperty("id").GetInt64());
        Assert.Equal(60, updated.GetProperty("intervalMinutes").GetInt32());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/feeds");
        Assert.Equal(1, list.GetArrayLength());
    }

    [Fact]
    public async Task A_feed_can_be_read_and_deleted_with_the_key_and_its_articles_stay()
    {
        var client = _factory.CreateClient();
        using var created = await client.SendAsync(Post(new { url = new Uri(_sourceUrl, "/feed.xml").AbsoluteUri }));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await _factory.Services.GetRequiredService<FeedPoller>().PollDueAsync();

        var one = await client.GetFromJsonAsync<JsonElement>($"/api/feeds/{id}");
        Assert.Equal("Valley Courier", one.GetProperty("title").GetString());

        using var anonymous = await client.DeleteAsync($"/api/feeds/{id}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/feeds/{id}");
        delete.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        using var deleted = await client.SendAsync(delete);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using var gone = await client.GetAsync($"/api/feeds/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{\"url\": \"ftp://example.org/feed.xml\"}")]
    [InlineData("{\"url\": \"not a url\"}")]
    [InlineData("{}")]
    [InlineData("{\"url\": \"https://example.org/feed.xml\", \"intervalMinutes\": 1}")]
    [InlineData("{\"url\": \"https://example.org/feed.xml\", \"intervalMinutes\": 100000}")]
    public async Task Bad_feed_requests_are_400_problems(string json)
    {
        var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feeds") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_poll_imports_the_feed_onto_the_site_and_records_its_status()
    {
        var client = _factory.CreateClient();
        (await client.SendAsync(Post(new { url = new Uri(_sourceUrl, "/feed.xml").AbsoluteUri }))).Dispose();
        (await client.SendAsync(Post(new { url = new Uri(_sourceUrl, "/broken.xml").AbsoluteUri, intervalMinutes = 30 }))).Dispose();
        var poller = _factory.Services.GetRequiredService<FeedPoller>();

        Assert.Equal(2, await poller.PollDueAsync());

        var articles = await client.GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(["Library hours extended", "Ferry routes added"],
            articles.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()).Order(StringComparer.Ordinal).Reverse());
        var home = await client.GetStringAsync("/");
        Assert.Contains("Ferry routes added", home, StringComparison.Ordinal);

        var feeds = (await client.GetFromJsonAsync<JsonElement>("/api/feeds")).EnumerateArray().ToList();
        var good = feeds.Single(f => f.GetProperty("url").GetString()!.EndsWith("/feed.xml", StringComparison.Ordinal));
        Assert.Equal("Valley Courier", good.GetProperty("title").GetString());
        Assert.NotEqual(JsonValueKind.Null, good.GetProperty("lastSuccess").ValueKind);
        Assert.Equal(0, good.GetProperty("failures").GetInt32());
        var bad = feeds.Single(f => f.GetProperty("url").GetString()!.EndsWith("/broken.xml", StringComparison.Ordinal));
        Assert.Equal(1, bad.GetProperty("failures").GetInt32());
        Assert.Contains("500", bad.GetProperty("lastErrorMessage").GetString(), StringComparison.Ordinal);
        // Backed off: twice the interval after one failure (the poll is stamped a moment after the next poll is set).
        var wait = bad.GetProperty("nextPoll").GetDateTimeOffset() - bad.GetProperty("lastPolled").GetDateTimeOffset();
        Assert.InRange(wait.TotalMinutes, 59.9, 60.1);

        // Nothing is due again yet.
        Assert.Equal(0, await poller.PollDueAsync());
    }

    [Fact]
    public async Task Subscribing_again_to_a_failing_feed_forgives_its_backoff_and_makes_it_due_now()
    {
        var client = _factory.CreateClient();
        var url = new Uri(_sourceUrl, "/broken.xml").AbsoluteUri;
        (await client.SendAsync(Post(new { url, intervalMinutes = 30 }))).Dispose();
        var poller = _factory.Services.GetRequiredService<FeedPoller>();
        Assert.Equal(1, await poller.PollDueAsync());
        Assert.Equal(0, await poller.PollDueAsync());

        using var again = await client.SendAsync(Post(new { url, intervalMinutes = 10 }));
        var feed = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, feed.GetProperty("failures").GetInt32());
        Assert.Equal(10, feed.GetProperty("intervalMinutes").GetInt32());
        Assert.Contains("500", feed.GetProperty("lastErrorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await poller.PollDueAsync());
    }

    [Fact]
    public async Task A_password_in_a_feed_url_is_never_shown()
    {
        var client = _factory.CreateClient();
        var url = $"http://reader:s3cret-pass@127.0.0.1:{_sourceUrl.Port}/broken.xml";
        using var created = await client.SendAsync(Post(new { url }));
        Assert.DoesNotContain("s3cret-pass", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await _factory.Services.GetRequiredService<FeedPoller>().PollDueAsync();
        var list = await client.GetStringAsync("/api/feeds");
        Assert.DoesNotContain("s3cret-pass", list, StringComparison.Ordinal);
        Assert.Contains("reader:***@127.0.0.1", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/feed.xml")]
    [InlineData("http://localhost/feed.xml")]
    [InlineData("http://10.1.2.3/feed.xml")]
    [InlineData("http://[::1]/feed.xml")]
    public async Task A_private_feed_url_is_refused_when_subscribing_without_the_allowance(string url)
    {
        using var strict = new SiteFactory();
        var client = strict.CreateClient();
        using var response = await client.SendAsync(Post(new { url }));
        var detail = await ApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("private", detail, StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/feeds")).GetArrayLength());
    }

    [Theory]
    [InlineData(30, 0, 30)]
    [InlineData(30, 1, 60)]
    [InlineData(30, 3, 240)]
    [InlineData(30, 10, 1440)]
    public void Backoff_doubles_per_failure_up_to_a_day(int intervalMinutes, int failures, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), FeedRefresher.Backoff(TimeSpan.FromMinutes(intervalMinutes), failures));
}
