using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

/// <summary>A page the web can read: canonical address, Open Graph, JSON-LD NewsArticle, sitemap and robots.txt.</summary>
public sealed class DiscoveryTests(SeededSite site) : IClassFixture<SeededSite>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task An_article_page_carries_its_canonical_address_open_graph_and_news_article_with_the_summary()
    {
        var article = site.Titled("Lighthouse");
        var summary = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{article.Slug}/summary?length=short");
        var shortSummary = string.Join(" ", summary.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        var url = new Uri(_client.BaseAddress!, $"/articles/{article.Slug}").AbsoluteUri;

        var page = await _client.GetPageAsync($"/articles/{article.Slug}");

        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(url, Meta(page, "og:url"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(article.Title, Meta(page, "og:title"));
        Assert.Equal(shortSummary, Meta(page, "og:description"));
        Assert.Equal(shortSummary, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("meta[property='og:image']"));

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var ld = json.RootElement;
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal(article.Title, ld.GetProperty("headline").GetString());
        Assert.Equal("2026-03-01T08:00:00Z", ld.GetProperty("datePublished").GetString());
        Assert.Equal("en", ld.GetProperty("inLanguage").GetString());
        Assert.Equal(shortSummary, ld.GetProperty("abstract").GetString());
        Assert.Equal("Ann Reed", ld.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(url, ld.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Structured_data_cannot_close_its_script_element()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        var slug = await ReaderLanguageTests.Publish(client, "Quotes </script><script>alert(1)</script> & more",
            "A title can hold markup. It stays text. Nothing runs.", "en");

        var html = await client.GetStringAsync($"/articles/{slug}");
        var page = await client.GetPageAsync($"/articles/{slug}");

        Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Quotes </script><script>alert(1)</script> & more", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task The_sitemap_lists_every_article_with_its_last_change_and_robots_txt_points_to_it()
    {
        using var response = await _client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = xml.Root!.Elements(Sitemaps + "url").ToList();
        Assert.Equal(site.Articles.Select(a => new Uri(_client.BaseAddress!, $"/articles/{a.Slug}").AbsoluteUri).Order(),
            urls.Select(u => u.Element(Sitemaps + "loc")!.Value).Order());
        Assert.All(urls, u => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", u.Element(Sitemaps + "lastmod")!.Value));

        var robots = await _client.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /api/", robots, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {new Uri(_client.BaseAddress!, "/sitemap.xml").AbsoluteUri}", robots, StringComparison.Ordinal);
        using var part = await _client.GetAsync("/sitemap.xml?part=2");
        Assert.Equal(HttpStatusCode.NotFound, part.StatusCode);
    }

    [Fact]
    public async Task A_deleted_article_leaves_the_sitemap()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        var kept = await ReaderLanguageTests.Publish(client, "Kept", "This one stays. It has words. Three sentences.", "en");
        var gone = await ReaderLanguageTests.Publish(client, "Gone", "This one goes. It has words too. Three again.", "en");
        using (var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/articles/{gone}"))
        {
            delete.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
            using var deleted = await client.SendAsync(delete);
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        Assert.Equal([new Uri(client.BaseAddress!, $"/articles/{kept}").AbsoluteUri], xml.Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value));
    }

    private static string? Meta(AngleSharp.Dom.IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
