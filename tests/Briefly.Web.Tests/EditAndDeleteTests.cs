using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

/// <summary>Publishers correct mistakes: PUT replaces an article at the same address, DELETE leaves 410 Gone behind.</summary>
public sealed class EditAndDeleteTests : IDisposable
{
    private readonly SiteFactory _factory = new();
    private readonly HttpClient _client;

    public EditAndDeleteTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Put_replaces_the_article_at_the_same_address_and_its_summary_follows()
    {
        var slug = await ReaderLanguageTests.Publish(_client, "Ferry fares rise",
            "Ferry fares rise by ten percent in May. The operator blames fuel. Commuters are unhappy. A petition has started.", "en");
        var before = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}/summary?length=long");
        Assert.Contains("Ferry", before.GetProperty("sentences")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        using var response = await Send(HttpMethod.Put, $"/api/articles/{slug}", new
        {
            title = "Tram fares fall",
            text = "Tram fares fall by five percent in June. The council pays the difference. Riders welcome it. More trams will run.",
            language = "en",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replaced = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(slug, replaced.GetProperty("slug").GetString());
        var page = await _client.GetPageAsync($"/articles/{slug}");
        Assert.Equal("Tram fares fall", page.QuerySelector("h1")!.TextContent.Trim());
        var after = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}/summary?length=long");
        Assert.DoesNotContain("Ferry", after.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Tram", after.GetProperty("sentences")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty((await _client.GetPageAsync("/search?q=ferry")).QuerySelectorAll(".teaser"));
        Assert.Single((await _client.GetPageAsync("/search?q=trams")).QuerySelectorAll(".teaser"));
    }

    [Fact]
    public async Task Put_needs_the_key_an_existing_article_and_a_valid_body()
    {
        var slug = await ReaderLanguageTests.Publish(_client, "Harbour wall", "The harbour wall was repaired. Boats moor again. It took a month.", "en");

        using (var request = new HttpRequestMessage(HttpMethod.Put, $"/api/articles/{slug}") { Content = JsonContent.Create(new { title = "x", text = "y" }) })
        using (var noKey = await _client.SendAsync(request))
            Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using (var unknown = await Send(HttpMethod.Put, "/api/articles/no-such-article", new { title = "x", text = "Some text here." }))
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using (var empty = await Send(HttpMethod.Put, $"/api/articles/{slug}", new { title = "", text = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal("Harbour wall", (await _client.GetPageAsync($"/articles/{slug}")).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Delete_leaves_410_gone_on_the_page_and_the_api_and_removes_it_everywhere_else()
    {
        var slug = await ReaderLanguageTests.Publish(_client, "Lighthouse keeper retires",
            "The lighthouse keeper retired on Friday. He served forty years. The town thanked him.", "en");
        await ReaderLanguageTests.Publish(_client, "Bakery prize", "A bakery won a prize. Judges tasted sixty loaves. Prices stay the same.", "en");
        Assert.Contains("Lighthouse keeper retires", await _client.GetStringAsync("/feed.xml"), StringComparison.Ordinal);

        using (var noKey = await _client.DeleteAsync($"/api/articles/{slug}"))
            Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using (var deleted = await Send(HttpMethod.Delete, $"/api/articles/{slug}", null))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using (var api = await _client.GetAsync($"/api/articles/{slug}"))
        {
            Assert.Equal(HttpStatusCode.Gone, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        }
        using (var summary = await _client.GetAsync($"/api/articles/{slug}/summary"))
            Assert.Equal(HttpStatusCode.Gone, summary.StatusCode);
        var page = await _client.GetPageAsync($"/articles/{slug}", 410);
        Assert.Equal("Article removed", page.QuerySelector("h1")!.TextContent.Trim());
        await _client.GetPageAsync($"/articles/{slug}/summary", 410);
        await _client.GetPageAsync("/articles/never-there", 404);

        Assert.Equal(["Bakery prize"], (await _client.GetPageAsync("/")).QuerySelectorAll(".teaser h2").Select(h => h.TextContent.Trim()));
        Assert.Empty((await _client.GetPageAsync("/search?q=lighthouse")).QuerySelectorAll(".teaser"));
        Assert.DoesNotContain("Lighthouse keeper retires", await _client.GetStringAsync("/feed.xml"), StringComparison.Ordinal);
        using (var again = await Send(HttpMethod.Delete, $"/api/articles/{slug}", null))
            Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        using (var put = await Send(HttpMethod.Put, $"/api/articles/{slug}", new { title = "Back", text = "It is back. Or is it? No." }))
            Assert.Equal(HttpStatusCode.Gone, put.StatusCode);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        return await _client.SendAsync(request);
    }
}
