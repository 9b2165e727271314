using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

/// <summary>Tags are links to their own lists; a dead end offers search and the latest articles.</summary>
public sealed class TagAndDeadEndTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Tags_link_to_a_list_of_the_articles_with_that_tag()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        await PublishTagged(client, "Tide tables", "Sea");
        await PublishTagged(client, "Harbour dues", "sea");
        await PublishTagged(client, "Mountain path", "Hills");

        var article = await client.GetPageAsync("/articles/tide-tables");
        var link = article.QuerySelector(".tags a")!;
        Assert.Equal("/tag/Sea", link.GetAttribute("href"));

        var tag = await client.GetPageAsync(link.GetAttribute("href")!);
        Assert.Equal("Tag: Sea", tag.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Harbour dues", "Tide tables"], tag.QuerySelectorAll(".teaser h2").Select(h => h.TextContent.Trim()));
        var none = await client.GetPageAsync("/tag/desert", 404);
        Assert.Equal("Tag not found", none.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_page_that_is_not_there_offers_search_and_the_latest_articles()
    {
        foreach (var url in new[] { "/articles/no-such-story", "/no/such/page" })
        {
            var page = await _client.GetPageAsync(url, 404);
            Assert.Equal("/search", page.QuerySelector("main form[role=search]")!.GetAttribute("action"));
            var latest = page.QuerySelectorAll(".latest a").Select(a => a.TextContent.Trim()).ToArray();
            Assert.Equal(site.Titled("School").Title, latest[0]);
            Assert.Equal(site.Articles.Count, latest.Length);
        }
    }

    private static async Task PublishTagged(HttpClient client, string title, string tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { title, text = $"{title} are news. They matter here. Read on.", tags = new[] { tag } }),
        };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
