using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

/// <summary>Previous / Next links are cached with the article, and a write through the site shows in them at once.</summary>
public sealed class NeighbourLinkTests
{
    [Fact]
    public async Task Publishing_a_newer_article_gives_the_newest_page_its_next_link_at_once()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        var older = await PublishAsync(client, "The harbour opens at dawn", "2026-11-01T08:00:00Z");
        var first = await client.GetPageAsync($"/articles/{older}");
        Assert.Null(first.QuerySelector("a[rel=next]"));

        var newer = await PublishAsync(client, "The harbour closes at dusk", "2026-11-02T08:00:00Z");
        var again = await client.GetPageAsync($"/articles/{older}");
        Assert.Equal($"/articles/{newer}", again.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal($"/articles/{older}", (await client.GetPageAsync($"/articles/{newer}")).QuerySelector("a[rel=prev]")?.GetAttribute("href"));
    }

    private static async Task<string> PublishAsync(HttpClient client, string title, string published)
    {
        using var response = await ApiTests.PublishAsync(client, new
        {
            title,
            published,
            text = "Fishing boats wait in the harbour for the tide. The harbour master counts them every morning.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString()!;
    }
}
