using System.Net;
using System.Net.Http.Json;
using Briefly.Web.Feeds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Briefly.EndToEnd.Tests;

/// <summary>What a publisher does through the API, as a reader then sees it in the browser.</summary>
public sealed class PublisherTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task An_edit_and_a_delete_through_the_api_show_on_the_pages()
    {
        using var http = Api();
        using (var created = await http.PostAsJsonAsync("/api/articles", new
        {
            title = "Ferry fares rise in May",
            text = "Ferry fares rise by ten percent in May. The operator blames the price of fuel. Commuters are unhappy about it. A petition has started.",
            language = "en",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/ferry-fares-rise-in-may");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ferry fares rise in May");

        using (var replaced = await http.PutAsJsonAsync("/api/articles/ferry-fares-rise-in-may", new
        {
            title = "Tram fares fall in June",
            text = "Tram fares fall by five percent in June. The council pays the difference from its budget. Riders welcome the change. More trams will run on Sundays.",
            language = "en",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        }
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tram fares fall in June");
        await page.Locator("[data-summary-toggle]").First.ClickAsync();
        var sentences = page.Locator("#summary-top .summary-list li");
        await Assertions.Expect(sentences.First).ToBeVisibleAsync();
        Assert.DoesNotContain(await sentences.AllTextContentsAsync(), s => s.Contains("Ferry", StringComparison.Ordinal));
        Assert.Contains(await sentences.AllTextContentsAsync(), s => s.Contains("Tram fares fall", StringComparison.Ordinal));

        using (var deleted = await http.DeleteAsync("/api/articles/ferry-fares-rise-in-may"))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var gone = await page.GotoAsync("/articles/ferry-fares-rise-in-may");
        Assert.Equal(410, gone!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Article removed");
        await page.GotoAsync("/search?q=trams");
        Assert.DoesNotContain("Tram fares fall in June", await page.Locator(".teaser h2").AllTextContentsAsync());
        await page.GotoAsync("/");
        Assert.DoesNotContain("Tram fares fall in June", await page.Locator(".teaser h2").AllTextContentsAsync());
    }

    [Fact]
    public async Task An_imported_article_shows_its_source_byline_and_an_image_the_site_serves_itself()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var source = builder.Build();
        string Address(string path) => new Uri(new Uri(source.Urls.Single()), path).AbsoluteUri;
        source.MapGet("/feed.xml", () => Results.Text($"""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Valley Courier</title><link>{Address("/")}</link><description>News</description>
            <item><title>Weir repaired before winter</title><link>{Address("/news/weir")}</link><guid>weir-1</guid>
            <pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate><description>The weir is repaired.</description></item>
            </channel></rss>
            """, "application/rss+xml"));
        source.MapGet("/news/weir", () => Results.Content("""
            <!DOCTYPE html><html lang="en"><head><title>Weir repaired before winter</title>
            <meta property="og:site_name" content="Valley Courier"><meta property="og:image" content="/img/weir.png">
            <meta name="author" content="Tom Reeve"></head><body><article><h1>Weir repaired before winter</h1>
            <p>The old weir above the town bridge was repaired last week, a month before the winter rains usually begin.</p>
            <p>Divers replaced the broken boards of the sluice and a crane lifted new stone blocks onto the crest.</p>
            <p>The river authority said the work would keep the mill race full and protect the gardens along the bank.</p>
            <p>Anglers were asked to keep away from the works, which ended on Friday, two days earlier than planned.</p>
            </article></body></html>
            """, "text/html"));
        source.MapGet("/img/weir.png", () => Results.Bytes(png, "image/png"));
        await source.StartAsync();

        using var http = Api();
        using (var subscribed = await http.PostAsJsonAsync("/api/feeds", new { url = Address("/feed.xml") }))
            Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        await site.Services.GetRequiredService<FeedPoller>().PollDueAsync();
        await source.StopAsync();

        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=weir");
        await page.Locator(".teaser h2 a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Weir repaired before winter");
        await Assertions.Expect(page.Locator(".source")).ToHaveTextAsync("Source: Valley Courier ↗");
        Assert.Equal(Address("/news/weir"), await page.Locator(".source a").GetAttributeAsync("href"));
        Assert.Contains("By Tom Reeve", await page.Locator(".story-head .meta").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("2 November 2026", await page.Locator(".story-head .meta").TextContentAsync(), StringComparison.Ordinal);
        // The source site is gone: the picture still shows, from the site's own copy.
        var image = page.Locator(".lead-image img");
        Assert.StartsWith("/articles/", await image.GetAttributeAsync("src"), StringComparison.Ordinal);
        await Assertions.Expect(image).ToBeVisibleAsync();
        Assert.Equal(1, await image.EvaluateAsync<int>("img => img.naturalWidth"));
    }

    private HttpClient Api()
    {
        var http = new HttpClient { BaseAddress = site.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", LiveSite.ApiKey);
        return http;
    }
}
