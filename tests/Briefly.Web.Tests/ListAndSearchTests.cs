using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

/// <summary>Lists show each article's Short summary; search matches word forms and shows the sentence that answers.</summary>
public sealed class ListAndSearchTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Lists_show_each_articles_short_summary_once_it_is_made()
    {
        var article = site.Titled("Ferry");
        var summary = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{article.Slug}/summary?length=short");
        var expected = string.Join(" ", summary.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        // Made in the background after publishing: the list shows the excerpt until then, never waiting for it.
        var shown = "";
        for (var attempt = 0; attempt < 100 && shown != expected; attempt++)
        {
            if (attempt > 0)
                await Task.Delay(100);
            var home = await _client.GetPageAsync("/");
            shown = home.QuerySelectorAll(".teaser").Single(t => t.QuerySelector("h2")!.TextContent.Trim() == article.Title)
                .QuerySelector(".excerpt")!.TextContent;
        }
        Assert.Equal(expected, shown);
        var listed = await _client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=100");
        var excerpt = listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == article.Slug).GetProperty("excerpt").GetString();
        Assert.NotEqual(excerpt, expected);
    }

    [Fact]
    public async Task Search_finds_other_forms_of_a_word_and_shows_the_matching_sentence_with_the_words_marked()
    {
        var page = await _client.GetPageAsync("/search?q=harbours+ceremony");

        var result = Assert.Single(page.QuerySelectorAll(".teaser"));
        Assert.Equal(site.Titled("Lighthouse").Title, result.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("The town council thanked him at a small ceremony on the harbour wall.", result.QuerySelector(".excerpt")!.TextContent);
        Assert.Equal(["ceremony", "harbour"], result.QuerySelectorAll(".excerpt mark").Select(m => m.TextContent));
        Assert.Equal("1 article found.", page.QuerySelector(".page-note")!.TextContent.Trim());
    }

    [Fact]
    public async Task Russian_search_finds_other_forms_and_marks_them_in_the_title()
    {
        var page = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString("библиотеки"));

        var result = Assert.Single(page.QuerySelectorAll(".teaser"));
        Assert.Equal(["Библиотека"], result.QuerySelectorAll("h2 mark").Select(m => m.TextContent));
        Assert.Equal(["библиотека"], result.QuerySelectorAll(".excerpt mark").Select(m => m.TextContent));
        Assert.StartsWith("Городская библиотека открыла", result.QuerySelector(".excerpt")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marked_text_is_still_only_text()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        await ReaderLanguageTests.Publish(client, "Tags <b>in</b> titles", "A title may hold <script>alert(1)</script> text. It is shown as text. Nothing runs.", "en");

        var page = await client.GetPageAsync("/search?q=script+titles");

        var result = Assert.Single(page.QuerySelectorAll(".teaser"));
        Assert.Equal("Tags <b>in</b> titles", result.QuerySelector("h2")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".teaser script, .teaser b"));
        Assert.Equal(["title", "script", "script"], result.QuerySelectorAll(".excerpt mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task An_article_of_two_sentences_offers_no_summary()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        var slug = await ReaderLanguageTests.Publish(client, "Road closed", "The bridge road is closed today. It opens tomorrow.", "en");

        var page = await client.GetPageAsync($"/articles/{slug}");

        Assert.Empty(page.QuerySelectorAll("a[data-summary-toggle]"));
        Assert.Equal("The bridge road is closed today. It opens tomorrow.", page.QuerySelector(".story-body")!.TextContent.Squash());
    }
}
