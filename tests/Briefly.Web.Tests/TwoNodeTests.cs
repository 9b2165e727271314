using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Storage.Testing;
using Briefly.Web.Feeds;
using Briefly.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Web.Tests;

/// <summary>
/// Two site nodes in one process on one real PostgreSQL database (a fresh schema) and one real Redis (started by
/// scripts/test, named by BRIEFLY_TEST_REDIS): what one node changes, the other shows at once.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private TempSchema? _schema;
    private WebApplication? _source;
    private string _day = "Monday";

    public async Task InitializeAsync()
    {
        _schema = await TempSchema.CreateAsync();
        _source = await LoopbackSite.StartAsync(app => app.MapGet("/feed.xml", () => Results.Text(Rss(), "application/rss+xml")));
    }

    public async Task DisposeAsync()
    {
        if (_source is not null)
            await _source.DisposeAsync();
        if (_schema is not null)
            await _schema.DisposeAsync();
    }

    private string Rss() =>
        $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title><item><guid>ht-1</guid><title>Ferry timetable</title><link>{_source!.Urls.Single()}/stories/1</link><description><![CDATA[{string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Ferry line {i} changes its timetable on {_day}. The harbour office takes comments on line {i} until {_day} evening.</p>"))}]]></description></item></channel></rss>""";

    private SiteFactory Node(Dictionary<string, string?>? more = null) => new(new Dictionary<string, string?>(more ?? [])
    {
        ["Briefly:Database"] = _schema!.Database,
        ["Briefly:Redis"] = TestRedis.Address,
        ["Briefly:Fetch:AllowPrivateNetwork"] = "true",
    });

    [Fact]
    public async Task An_article_updated_through_one_node_shows_at_once_on_the_other()
    {
        using var a = Node();
        using var b = Node();
        using var readerA = a.CreateClient();
        using var readerB = b.CreateClient();
        using var subscribe = new HttpRequestMessage(HttpMethod.Post, "/api/feeds") { Content = JsonContent.Create(new { url = _source!.Urls.Single() + "/feed.xml" }) };
        subscribe.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        Assert.True((await readerA.SendAsync(subscribe)).IsSuccessStatusCode);
        Assert.Equal(1, await a.Services.GetRequiredService<FeedPoller>().PollDueAsync());

        var slug = (await readerB.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("items")[0].GetProperty("slug").GetString();
        var before = await readerB.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}");
        Assert.Contains("timetable on Monday", before.GetProperty("text").GetString(), StringComparison.Ordinal);
        var summaryBefore = await readerB.GetStringAsync($"/api/articles/{slug}/summary?sentences=1");

        // The publisher corrects the story; node A polls it (its feed lease and the store make it the only poller).
        _day = "Tuesday";
        await a.Store.RecordFeedPollAsync(1, new Storage.FeedPoll { Succeeded = true, NextPoll = DateTimeOffset.UtcNow.AddMinutes(-1) });
        Assert.Equal(1, await a.Services.GetRequiredService<FeedPoller>().PollDueAsync());

        // The news reaches node B over Redis in milliseconds; without it B would keep its copy for
        // ArticleCatalog.LocalLifetime (5 s), well past this wait.
        var after = await readerB.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}");
        for (var i = 0; i < 20 && !after.GetProperty("text").GetString()!.Contains("Tuesday", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            after = await readerB.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}");
        }
        Assert.Contains("timetable on Tuesday", after.GetProperty("text").GetString(), StringComparison.Ordinal);
        // Every sentence names the day, so a summary of the old text would say Monday.
        Assert.Contains("Monday", summaryBefore, StringComparison.Ordinal);
        var summaryAfter = await readerB.GetStringAsync($"/api/articles/{slug}/summary?sentences=1");
        Assert.Contains("Tuesday", summaryAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("Monday", summaryAfter, StringComparison.Ordinal);
        var health = await readerB.GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        foreach (var check in new[] { "store", "postgresql", "redis" })
            Assert.Equal("Healthy", health.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        var page = await readerB.GetPageAsync($"/articles/{slug}");
        Assert.Contains("timetable on Tuesday", page.QuerySelector(".story-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clients_word_budget_and_wrong_key_guesses_count_across_the_nodes()
    {
        var settings = new Dictionary<string, string?> { ["Briefly:SummarizeWordsPerMinute"] = "120", ["Briefly:TrustedProxies:0"] = "127.0.0.0/8" };
        using var a = Node(settings);
        using var b = Node(settings);
        using var clientA = OneClient(a);
        using var clientB = OneClient(b, clientA);
        var eighty = string.Concat(Enumerable.Repeat("Ferries leave the old harbour early every morning. ", 10));

        using var first = await clientA.PostAsJsonAsync("/api/summarize", new { text = eighty });
        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        // Node B has not seen this client, yet the budget it spent on node A is gone.
        using var second = await clientB.PostAsJsonAsync("/api/summarize", new { text = eighty });
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, second.StatusCode);

        for (var i = 0; i < 10; i++)
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await PublishWithKeyAsync(clientA, "wrong-key-" + i)).StatusCode);
        // The eleventh guess goes to node B: the client's ten are spent, so B locks it out too, right key or not.
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await PublishWithKeyAsync(clientB, "wrong-key-10")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, (await PublishWithKeyAsync(clientB, SiteFactory.ApiKey)).StatusCode);
    }

    [Fact]
    public async Task A_clients_summarize_requests_count_across_the_nodes()
    {
        // Six a minute: a burst of one, then one every ten seconds.
        var settings = new Dictionary<string, string?> { ["Briefly:SummarizePerMinute"] = "6", ["Briefly:TrustedProxies:0"] = "127.0.0.0/8" };
        using var a = Node(settings);
        using var b = Node(settings);
        using var clientA = OneClient(a);
        using var clientB = OneClient(b, clientA);

        using var first = await clientA.PostAsJsonAsync("/api/summarize", new { text = "Ferries leave early. Buses leave late. Trams never leave." });
        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        using var second = await clientB.PostAsJsonAsync("/api/summarize", new { text = "Ferries leave early. Buses leave late. Trams never leave." });
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter is not null);
    }

    // One reader behind the trusted proxy, with an address of its own: the budgets live in Redis, which outlives a
    // test run, so every run is a new client there.
    private static HttpClient OneClient(SiteFactory node, HttpClient? sameAs = null)
    {
        var client = node.CreateClient();
        var address = sameAs?.DefaultRequestHeaders.GetValues("X-Forwarded-For").Single()
            ?? $"198.18.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static async Task<HttpResponseMessage> PublishWithKeyAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new { title = "Harbour notice", text = "The harbour closes at noon. Boats wait outside." }),
        };
        request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }
}
