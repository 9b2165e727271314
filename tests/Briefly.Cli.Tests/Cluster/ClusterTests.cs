using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Storage.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefly.Cli.Tests.Cluster;

/// <summary>
/// `briefly serve` nodes as child processes on one real PostgreSQL (a fresh schema) and one real Redis, behind
/// Debian's nginx on 127.0.0.1 (round robin), all started by scripts/test.
/// </summary>
public sealed class ClusterTests : IAsyncLifetime
{
    private const int Items = 200;

    private TempSchema _schema = null!;
    private string _day = "Monday";
    private WebApplication _source = null!;
    private Uri _sourceUrl = null!;

    public async Task InitializeAsync()
    {
        _schema = await TempSchema.CreateAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _source = builder.Build();
        _source.MapGet("/feed.xml", () => Results.Text(Feed(), "application/rss+xml"));
        _source.MapGet("/news.xml", () => Results.Text(News(), "application/rss+xml"));
        // Story pages come slowly, so a poll of the whole feed takes several seconds and can be interrupted.
        _source.MapGet("/stories/{n:int}", async (int n) =>
        {
            await Task.Delay(40);
            return Results.Content(Story(n), "text/html; charset=utf-8");
        });
        await _source.StartAsync();
        _sourceUrl = new Uri(_source.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _schema.DisposeAsync();
    }

    private string Feed() =>
        $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour Times</title>{string.Concat(Enumerable.Range(1, Items).Select(n =>
            $"<item><guid>ht-{n}</guid><title>Harbour notice {n}</title><link>{new Uri(_sourceUrl, $"/stories/{n}")}</link></item>"))}</channel></rss>""";

    // Every sentence names the day, so any summary of it does too.
    private string News() =>
        $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ferry News</title><item><guid>fn-1</guid><title>Ferry timetable</title><link>{new Uri(_sourceUrl, "/news/1")}</link><description><![CDATA[{string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Ferry line {i} changes its timetable on {_day}. The harbour office takes comments on line {i} until {_day} evening.</p>"))}]]></description></item></channel></rss>""";

    private static string Story(int n) =>
        $"<html><head><title>Harbour notice {n}</title></head><body><article><h1>Harbour notice {n}</h1>"
        + string.Concat(Enumerable.Range(1, 6).Select(p => $"<p>Notice {n}, part {p}: berth {n * 7 + p} is closed for repairs while divers inspect the quay wall, and boats use berth {n * 11 + p} until the work ends.</p>"))
        + "</article></body></html>";

    private static string Redis => Environment.GetEnvironmentVariable("BRIEFLY_TEST_REDIS")
        ?? throw new InvalidOperationException("BRIEFLY_TEST_REDIS is not set: run scripts/test, which starts a throwaway Redis for these tests.");

    [Fact]
    public async Task Two_nodes_behind_nginx_serve_the_same_bytes_and_a_feed_survives_a_node_killed_mid_poll()
    {
        await using var a = await ServeNode.StartAsync(_schema.Database, Redis, polling: false);
        await using var b = await ServeNode.StartAsync(_schema.Database, Redis, polling: false);
        await using var nginx = await Nginx.StartAsync(a.Port, b.Port);
        using var client = new HttpClient();

        // Publish through the balancer; read from each node directly.
        using var publish = new HttpRequestMessage(HttpMethod.Post, new Uri(nginx.Url, "/api/articles"))
        {
            Content = JsonContent.Create(new
            {
                title = "Ferries return to the old harbour",
                text = "The ferry service returned to the old harbour on Monday. Crews painted the pier over the winter. "
                    + "Tickets cost the same as last year. The first boat left at seven and was full.",
            }),
        };
        publish.Headers.Add("X-Api-Key", ServeNode.ApiKey);
        using var published = await client.SendAsync(publish);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var slug = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString();
        foreach (var path in new[] { $"/api/articles/{slug}", $"/api/articles/{slug}/summary?sentences=2" })
        {
            using var fromA = await client.GetAsync(new Uri(a.Url, path));
            using var fromB = await client.GetAsync(new Uri(b.Url, path));
            Assert.Equal(HttpStatusCode.OK, fromA.StatusCode);
            Assert.Equal(await fromA.Content.ReadAsByteArrayAsync(), await fromB.Content.ReadAsByteArrayAsync());
            Assert.Equal(fromA.Headers.ETag, fromB.Headers.ETag);
        }

        // A 200-item feed: a polling node is killed part way, another finishes it, and no item is stored twice.
        using var subscribe = new HttpRequestMessage(HttpMethod.Post, new Uri(nginx.Url, "/api/feeds"))
        {
            Content = JsonContent.Create(new { url = new Uri(_sourceUrl, "/feed.xml").AbsoluteUri, intervalMinutes = 60 }),
        };
        subscribe.Headers.Add("X-Api-Key", ServeNode.ApiKey);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(subscribe)).StatusCode);
        var store = _schema.Store();
        await using (var poller = await ServeNode.StartAsync(_schema.Database, Redis, polling: true))
        {
            await WaitAsync(async () => await store.CountAsync() >= 20, "the first poller to import 20 items");
            poller.Kill();
        }
        var whenKilled = await store.CountAsync();
        Assert.InRange(whenKilled, 20, Items);
        await using (var second = await ServeNode.StartAsync(_schema.Database, Redis, polling: true))
            await WaitAsync(async () => await store.CountAsync() >= Items + 1, "the second poller to finish the feed");

        var articles = await store.ReadArticlesAfterAsync(0, 1000);
        Assert.Equal(Items + 1, articles.Count);
        Assert.Equal(Items, articles.Where(x => x.FeedGuid is not null).Select(x => x.FeedGuid).Distinct().Count());
        var feed = Assert.Single(await store.ListFeedsAsync());
        Assert.NotNull(feed.LastSuccess);
        Assert.True(whenKilled < Items + 1, $"the first poller had already finished ({whenKilled} articles) when it was killed");

        // An article changed by one node (a polling node imports a correction) shows, with its new summary, on the others.
        await using var third = await ServeNode.StartAsync(_schema.Database, Redis, polling: true);
        using var news = new HttpRequestMessage(HttpMethod.Post, new Uri(nginx.Url, "/api/feeds"))
        {
            Content = JsonContent.Create(new { url = new Uri(_sourceUrl, "/news.xml").AbsoluteUri, intervalMinutes = 60 }),
        };
        news.Headers.Add("X-Api-Key", ServeNode.ApiKey);
        var newsFeed = (await (await client.SendAsync(news)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await WaitAsync(async () => await store.CountAsync() >= Items + 2, "the news item");
        var newsSlug = (await store.FindByFeedGuidAsync(new Uri(_sourceUrl, "/news.xml").AbsoluteUri + "#fn-1"))!.Slug;
        foreach (var node in new[] { a, b })
        {
            // Within the cache lifetimes (ArticleCatalog: 5 s on a node), as the site promises for a write made on another
            // node. Said in full when it fails: once, under a loaded full run, a summary without the day came back.
            var first = "";
            for (var i = 0; i < 50 && !first.Contains("Monday", StringComparison.Ordinal); i++)
            {
                if (i > 0)
                    await Task.Delay(100);
                first = await client.GetStringAsync(new Uri(node.Url, $"/api/articles/{newsSlug}/summary?sentences=1"));
            }
            Assert.True(first.Contains("Monday", StringComparison.Ordinal),
                $"{node.Url} summarized {newsSlug} as {first}; the store holds: {(await store.GetBySlugAsync(newsSlug))?.BodyText}");
        }
        _day = "Tuesday";
        await store.RecordFeedPollAsync(newsFeed, new Storage.FeedPoll { Succeeded = true, NextPoll = DateTimeOffset.UtcNow.AddMinutes(-1) });
        await WaitAsync(async () => (await store.GetBySlugAsync(newsSlug))!.BodyText.Contains("Tuesday", StringComparison.Ordinal), "the correction");
        foreach (var node in new[] { a, b })
        {
            // The change reaches every node over Redis in milliseconds; their own copies would live 5 s.
            string summary = "";
            for (var i = 0; i < 20 && !summary.Contains("Tuesday", StringComparison.Ordinal); i++)
            {
                if (i > 0)
                    await Task.Delay(100);
                summary = await client.GetStringAsync(new Uri(node.Url, $"/api/articles/{newsSlug}/summary?sentences=1"));
            }
            Assert.Contains("Tuesday", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("Monday", summary, StringComparison.Ordinal);
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> done, string what)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await done())
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"waited 60 s for {what}");
    }
}
