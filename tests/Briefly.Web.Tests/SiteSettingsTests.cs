using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Briefly.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefly.Web.Tests;

/// <summary>Behaviour that depends on configuration: each test runs its own site.</summary>
public sealed class SiteSettingsTests
{
    [Fact]
    public async Task A_body_over_the_configured_limit_is_a_413_problem()
    {
        using var factory = new SiteFactory(new() { ["Briefly:MaxRequestBytes"] = "2000" });
        using var client = factory.CreateClient();
        var text = string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog. ", 100));
        await ApiTests.AssertProblemAsync(await client.PostAsJsonAsync("/api/summarize", new { text }), HttpStatusCode.RequestEntityTooLarge);
        using var small = await client.PostAsJsonAsync("/api/summarize", new { text = text[..900] });
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task Summarize_is_rate_limited_per_client_with_a_retry_after()
    {
        // Six a minute: a burst of one (ten seconds' worth), then one token every ten seconds.
        using var factory = new SiteFactory(new() { ["Briefly:SummarizePerMinute"] = "6" });
        using var client = factory.CreateClient();
        var body = new { text = "One short sentence to summarize here. And another one after it." };
        using var first = await client.PostAsJsonAsync("/api/summarize", body);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await client.PostAsJsonAsync("/api/summarize", body);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.InRange(int.Parse(second.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 10);
        await ApiTests.AssertProblemAsync(second, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_url_that_cannot_be_fetched_is_a_503_problem_when_private_addresses_are_allowed()
    {
        using var factory = new SiteFactory(new() { ["Briefly:Fetch:AllowPrivateNetwork"] = "true" });
        using var client = factory.CreateClient();
        // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
        using var response = await client.PostAsJsonAsync("/api/summarize", new { url = "http://127.0.0.1:9/article" });
        await ApiTests.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task A_url_on_loopback_is_fetched_and_summarized_when_private_addresses_are_allowed()
    {
        // A real page server on 127.0.0.1: Kestrel serving an HTML article and a plain-text one.
        var pages = WebApplication.CreateBuilder();
        pages.WebHost.UseUrls("http://127.0.0.1:0");
        pages.Logging.ClearProviders();
        await using var server = pages.Build();
        server.MapGet("/story.html", () => Results.Content(
            "<html><head><title>Dam repaired</title></head><body><nav>Home | News</nav><p>The old dam above the town was repaired this week.</p>"
            + "<p>Engineers replaced two gates and sealed a long crack.</p><p>The reservoir will be filled again in the spring.</p></body></html>", "text/html"));
        server.MapGet("/story.txt", () => Results.Text("The ferry returned to service on Monday.\r\nIt had been in dry dock for a month.\r\nTickets are sold on board.", "text/plain"));
        await server.StartAsync();
        var address = server.Urls.First();

        using var factory = new SiteFactory(new() { ["Briefly:Fetch:AllowPrivateNetwork"] = "true" });
        using var client = factory.CreateClient();
        var html = await (await client.PostAsJsonAsync("/api/summarize", new { url = address + "/story.html", sentences = 3 })).Content.ReadFromJsonAsync<JsonElement>();
        var htmlText = string.Join(" ", html.GetProperty("sentences").EnumerateArray().Select(x => x.GetProperty("text").GetString()));
        Assert.Contains("The old dam above the town was repaired this week.", htmlText, StringComparison.Ordinal);
        Assert.DoesNotContain("Home | News", htmlText, StringComparison.Ordinal);
        var text = await (await client.PostAsJsonAsync("/api/summarize", new { url = address + "/story.txt", sentences = 1, method = "lead" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The ferry returned to service on Monday.", text.GetProperty("sentences")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_broken_database_gives_readers_an_error_page_programs_a_problem_and_health_a_503()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement.GetProperty("status").GetString());
        // Overwrite the SQLite file with garbage: every new connection now fails as it would on a damaged disk.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" })
            File.Delete(factory.DatabasePath + suffix);
        await File.WriteAllBytesAsync(factory.DatabasePath, Enumerable.Repeat((byte)0x5A, 8192).ToArray());

        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using var page = await client.GetAsync("/articles/anything");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Something went wrong", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        await ApiTests.AssertProblemAsync(await client.GetAsync("/api/articles"), HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task A_read_only_database_serves_readers_refuses_writes_with_503_and_health_says_degraded()
    {
        // A second site on the same file, opened read-only (as after a remount or a permissions change); the first
        // keeps it open, so its WAL files exist for the read-only reader.
        using var writable = new SiteFactory();
        using var writer = writable.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await ApiTests.PublishAsync(writer, new { title = "Before", text = "The ferry left at dawn. It came back at noon." })).StatusCode);
        using var readOnly = new SiteFactory(new() { ["Briefly:Database"] = $"Data Source={writable.DatabasePath};Mode=ReadOnly" });
        using var client = readOnly.CreateClient();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());

        using var write = await ApiTests.PublishAsync(client, new { title = "After", text = "The bus left at noon. It came back at dusk." });
        Assert.Equal("30", write.Headers.GetValues("Retry-After").Single());
        var detail = await ApiTests.AssertProblemAsync(write, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("read-only", detail, StringComparison.Ordinal);

        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var report = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Contains("read-only", report.GetProperty("checks").GetProperty("store").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", JsonDocument.Parse(await writer.GetStringAsync("/healthz")).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_url_that_redirects_to_a_file_url_is_a_400_problem_not_a_500()
    {
        await using var server = await LoopbackSite.StartAsync(app => app.MapGet("/story", () => Results.Redirect("file:///etc/passwd")));
        using var factory = new SiteFactory(new() { ["Briefly:Fetch:AllowPrivateNetwork"] = "true" });
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/summarize", new { url = server.Urls.Single() + "/story" });
        var detail = await ApiTests.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("redirects to a file: address", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_keys_configured_every_write_is_refused()
    {
        using var factory = new SiteFactory(new() { ["Briefly:ApiKeys:0"] = null });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(new { title = "T", text = "Some text to publish." }) };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        await ApiTests.AssertProblemAsync(await client.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_demo_seeds_our_articles_in_english_and_russian_into_an_empty_database()
    {
        using var factory = new SiteFactory(new() { ["Briefly:Demo"] = "true" });
        using var client = factory.CreateClient();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=100");
        var items = page.GetProperty("items").EnumerateArray().ToArray();
        Assert.True(items.Length >= 12, $"{items.Length} demo articles");
        Assert.Contains(items, i => i.GetProperty("language").GetString() == "ru");
        Assert.Contains(items, i => i.GetProperty("language").GetString() == "en");
        Assert.True(items.Select(i => i.GetProperty("category").GetString()).Distinct().Count() >= 5);
        Assert.All(items, i => Assert.InRange(i.GetProperty("wordCount").GetInt32(), 300, 900));
    }

    [Fact]
    public async Task Control_characters_in_an_article_never_break_the_feed()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new { title = "Bad \u0001 title", author = "A\u0007B", text = "A body with a bell \u0007 in it. It has a second sentence too. And a third one here." }),
        };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        using var created = await client.SendAsync(request);
        var article = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bad  title", article.GetProperty("title").GetString());
        using var response = await client.GetAsync("/feed.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("channel")!.Element("item")!;
        Assert.Contains("A body with a bell", item.Element("description")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_uses_the_configured_public_address_not_the_host_header()
    {
        using var factory = new SiteFactory(new() { ["Briefly:Demo"] = "true", ["Briefly:BaseUrl"] = "https://news.example.org" });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feed.xml");
        request.Headers.Host = "attacker.example";
        using var response = await client.SendAsync(request);
        var feed = await response.Content.ReadAsStringAsync();
        Assert.Contains("<link>https://news.example.org/articles/", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_feed_is_rss_with_a_summary_per_item()
    {
        using var factory = new SiteFactory(new() { ["Briefly:Demo"] = "true" });
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/feed.xml");
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", feed.Root!.Attribute("version")!.Value);
        var items = feed.Root.Element("channel")!.Elements("item").ToArray();
        Assert.True(items.Length >= 12);
        foreach (var item in items)
        {
            var link = new Uri(item.Element("link")!.Value);
            Assert.StartsWith("/articles/", link.AbsolutePath, StringComparison.Ordinal);
            var article = await client.GetFromJsonAsync<JsonElement>("/api" + link.AbsolutePath);
            var description = item.Element("description")!.Value;
            Assert.False(string.IsNullOrWhiteSpace(description));
            Assert.Contains(description.Split(". ")[0], article.GetProperty("text").GetString(), StringComparison.Ordinal);
        }
    }
}
