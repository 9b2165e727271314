using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Web.Feeds;
using Briefly.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Web.Tests;

/// <summary>
/// An imported article shows where it came from (source link, byline, original date) and its lead image, which the
/// site fetched once and serves itself. The source is a second real Kestrel site on 127.0.0.1.
/// </summary>
public sealed class AttributionTests : IAsyncLifetime, IDisposable
{
    // A 1×1 PNG, enough for a content type check and a byte-for-byte comparison.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    private readonly SiteFactory _factory = new(new() { ["Briefly:Fetch:AllowPrivateNetwork"] = "true" });
    private WebApplication? _source;
    private int _imageRequests;

    public async Task InitializeAsync()
    {
        _source = await LoopbackSite.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text("""
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Valley Courier</title><link>http://source/</link><description>News</description>
                <item><title>Mill reopens after the flood</title><link>LINK</link><guid>mill-1</guid>
                <pubDate>Tue, 03 Nov 2026 09:30:00 GMT</pubDate><description>The mill reopens.</description></item>
                </channel></rss>
                """.Replace("LINK", Address("/news/mill"), StringComparison.Ordinal), "application/rss+xml"));
            app.MapGet("/news/mill", () => Results.Content($$"""
                <!DOCTYPE html><html lang="en"><head><title>Mill reopens after the flood</title>
                <meta property="og:site_name" content="Valley Courier">
                <meta property="og:image" content="/img/mill.png">
                <meta name="author" content="Dora Pike">
                </head><body><article><h1>Mill reopens after the flood</h1>
                <p>The old wool mill on the river reopened on Monday, eight months after the spring flood filled its ground floor with mud.</p>
                <p>Its owners spent the winter replacing the looms and raising the electrics above the level the water reached.</p>
                <p>Forty people work there again, and the mill shop will open on Saturdays from next month, the owners said.</p>
                <p>The town council paid for a new flood wall along the mill race, which was finished in October after a long delay.</p>
                <p>Neighbours said they were glad to hear the machines again after a quiet and worrying year by the river.</p>
                </article></body></html>
                """, "text/html"));
            app.MapGet("/img/mill.png", () =>
            {
                Interlocked.Increment(ref _imageRequests);
                return Results.Bytes(Png, "image/png");
            });
        });
    }

    public async Task DisposeAsync()
    {
        if (_source is not null)
            await _source.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_imported_article_shows_its_source_byline_and_a_lead_image_served_by_the_site()
    {
        var client = _factory.CreateClient();
        using (var subscribe = new HttpRequestMessage(HttpMethod.Post, "/api/feeds") { Content = JsonContent.Create(new { url = Address("/feed.xml") }) })
        {
            subscribe.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
            using var created = await client.SendAsync(subscribe);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        await _factory.Services.GetRequiredService<FeedPoller>().PollDueAsync();

        var article = (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("items")[0];
        var slug = article.GetProperty("slug").GetString()!;
        var page = await client.GetPageAsync($"/articles/{slug}");

        var source = page.QuerySelector(".source a")!;
        Assert.Equal(Address("/news/mill"), source.GetAttribute("href"));
        Assert.Equal("Valley Courier ↗", source.TextContent.Trim());
        Assert.Equal("Source: Valley Courier ↗", page.QuerySelector(".source")!.TextContent.Squash());
        Assert.Equal("3 November 2026 · By Dora Pike · 1 min read", page.QuerySelector(".story-head .meta")!.TextContent.Squash());
        var image = page.QuerySelector(".lead-image img")!.GetAttribute("src");
        Assert.Equal($"/articles/{slug}/image", image);
        Assert.EndsWith($"/articles/{slug}/image", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));

        // Served from the site's own copy: the source is asked once, however often the image is shown.
        for (var i = 0; i < 3; i++)
        {
            using var served = await client.GetAsync(image);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());
        }
        Assert.Equal(1, _imageRequests);
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}");
        Assert.Equal("Valley Courier", api.GetProperty("sourceName").GetString());
        Assert.Equal(Address("/img/mill.png"), api.GetProperty("imageUrl").GetString());
        Assert.Equal($"/articles/{slug}/image", api.GetProperty("image").GetString());

        // The front page leads with it, large, with its image.
        var home = await client.GetPageAsync("/");
        Assert.Equal(image, home.QuerySelector(".lead-story.with-image img")!.GetAttribute("src"));
    }

    [Fact]
    public async Task A_published_article_naming_an_image_gets_the_sites_own_copy_and_the_guard_still_holds()
    {
        var body = new
        {
            title = "Mill shop opens",
            text = "The mill shop opened on Saturday. It sells blankets. Queues formed early.",
            sourceUrl = Address("/news/mill"),
            sourceName = "Valley Courier",
            imageUrl = Address("/img/mill.png"),
        };
        var client = _factory.CreateClient();
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) })
        {
            request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal("/articles/mill-shop-opens/image", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("image").GetString());
        }
        Assert.Equal(Png, await client.GetByteArrayAsync("/articles/mill-shop-opens/image"));

        // A site that may not fetch from private addresses does not fetch the image either.
        using var guarded = new SiteFactory();
        var other = guarded.CreateClient();
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) })
        {
            request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
            using var response = await other.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(JsonValueKind.Null, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("image").ValueKind);
        }
        Assert.Equal(1, _imageRequests);
        using var none = await other.GetAsync("/articles/mill-shop-opens/image");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task An_article_without_a_stored_image_has_no_image_address()
    {
        var client = _factory.CreateClient();
        var slug = await ReaderLanguageTests.Publish(client, "No picture", "This one has no picture. It is text only. That is fine.", "en");

        using var image = await client.GetAsync($"/articles/{slug}/image");

        Assert.Equal(HttpStatusCode.NotFound, image.StatusCode);
        Assert.Null((await client.GetPageAsync($"/articles/{slug}")).QuerySelector(".lead-image"));
    }

    private string Address(string path) => new Uri(new Uri(_source!.Urls.Single()), path).AbsoluteUri;
}
