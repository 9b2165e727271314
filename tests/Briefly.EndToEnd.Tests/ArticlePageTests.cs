using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Briefly.EndToEnd.Tests;

public sealed class ArticlePageTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task A_reader_opens_the_summary_follows_a_sentence_and_walks_to_the_neighbours()
    {
        var (article, summary) = await MiddleArticleAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var errors = LiveSite.ConsoleErrors(page);
        await page.GotoAsync($"/articles/{article.Slug}");
        Assert.Equal(article.Title, (await page.Locator("h1").TextContentAsync())!.Trim());

        // Click "Get a summary": the panel opens in place with the article's own sentences.
        var toggle = page.Locator("[data-summary-toggle]").First;
        Assert.Equal("No time to read? Get a summary", Squash(await toggle.TextContentAsync()));
        var url = page.Url;
        await toggle.ClickAsync();
        var items = page.Locator("#summary-top .summary-list li a");
        await Assertions.Expect(items).ToHaveCountAsync(summary.Length);
        Assert.Equal(url, page.Url);
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        for (var i = 0; i < summary.Length; i++)
            Assert.Equal(summary[i].Text, await items.Nth(i).TextContentAsync());
        await Assertions.Expect(page.Locator("[data-summary-announce]").First).ToHaveTextAsync($"Summary shown: {summary.Length} sentences.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "article-en-summary.png") });

        // Click a summary sentence: every piece of it in the article is highlighted.
        var chosen = summary[^1];
        await items.Nth(summary.Length - 1).ClickAsync();
        var highlighted = page.Locator(".story-body .s.highlight");
        await Assertions.Expect(highlighted.First).ToBeVisibleAsync();
        var pieces = await highlighted.AllTextContentsAsync();
        Assert.Equal(chosen.Text, string.Concat(pieces));
        Assert.EndsWith($"#s{chosen.Start}", page.Url, StringComparison.Ordinal);
        // The page scrolls smoothly: wait until the sentence has arrived wholly inside the window.
        await Assertions.Expect(highlighted.First).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "article-summary-highlight.png") });

        // Lengths: short is one sentence, long is more than medium.
        await page.Locator("#summary-top [data-length=short]").ClickAsync();
        await Assertions.Expect(items).ToHaveCountAsync(1);
        await page.Locator("#summary-top [data-length=long]").ClickAsync();
        await Assertions.Expect(items).Not.ToHaveCountAsync(1);
        Assert.True(await items.CountAsync() >= summary.Length);

        // A second click hides the summary again.
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("#summary-top")).ToBeHiddenAsync();
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));

        // Previous / Next Article follow the chronology, by title.
        var next = page.Locator("a[rel=next]");
        Assert.Contains(article.NextTitle!, Squash(await next.TextContentAsync()), StringComparison.Ordinal);
        await next.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(article.NextTitle!);
        await page.Locator("a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(article.Title);
        await page.Locator("a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(article.PreviousTitle!);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_slow_answer_for_an_earlier_length_never_replaces_the_latest_choice()
    {
        var (article, _) = await MiddleArticleAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var releaseShort = new TaskCompletionSource();
        await page.RouteAsync("**/summary?length=short", async route =>
        {
            await releaseShort.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync($"/articles/{article.Slug}");
        await page.Locator("[data-summary-toggle]").First.ClickAsync();
        var items = page.Locator("#summary-top .summary-list li");
        await Assertions.Expect(items.First).ToBeVisibleAsync();
        await page.Locator("#summary-top [data-length=short]").ClickAsync();
        await page.Locator("#summary-top [data-length=long]").ClickAsync();
        await Assertions.Expect(page.Locator("#summary-top [data-length=long]")).ToHaveAttributeAsync("aria-pressed", "true");
        var longCount = await WhenSettledAsync(items);
        releaseShort.SetResult();
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(longCount, await items.CountAsync());
        Assert.True(longCount > 1);
    }

    private static async Task<int> WhenSettledAsync(ILocator items)
    {
        await Assertions.Expect(items.Page.Locator("#summary-top")).Not.ToHaveAttributeAsync("aria-busy", "true");
        return await items.CountAsync();
    }

    [Fact]
    public async Task The_summary_opens_from_the_keyboard()
    {
        var (article, summary) = await MiddleArticleAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/articles/{article.Slug}");
        var bottom = page.Locator("[data-summary-toggle]").Last;
        await bottom.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#summary-bottom .summary-list li")).ToHaveCountAsync(summary.Length);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#summary-bottom")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Without_javascript_the_control_leads_to_the_summary_page_and_back_to_the_sentence()
    {
        var (article, summary) = await MiddleArticleAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/articles/{article.Slug}");
        await page.Locator("[data-summary-toggle]").First.ClickAsync();
        // The address is polled rather than a load event awaited: under a loaded full run, waits for an event of a
        // navigation that had already finished timed out twice with the right page shown.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/articles/{Regex.Escape(article.Slug)}/summary$"));
        var items = page.Locator(".summary-list li a");
        await Assertions.Expect(items).ToHaveTextAsync(summary.Select(s => s.Text).ToArray());
        await items.First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/articles/{Regex.Escape(article.Slug)}#s{summary[0].Start}$"));
        var target = page.Locator($"#s{summary[0].Start}");
        // The highlight fades in: wait for its final colour.
        await Assertions.Expect(target).ToHaveCSSAsync("background-color", "rgb(255, 241, 168)");
    }

    [Fact]
    public async Task A_russian_reader_gets_the_page_and_the_summary_in_russian()
    {
        var (article, summary) = await MiddleArticleAsync("ru");
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/articles/{article.Slug}");
        Assert.Equal("ru", await page.Locator("html").GetAttributeAsync("lang"));

        var toggle = page.Locator("[data-summary-toggle]").First;
        Assert.Equal("Нет времени читать? Краткое содержание", Squash(await toggle.TextContentAsync()));
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("#summary-top .summary-list li")).ToHaveCountAsync(summary.Length);
        await Assertions.Expect(page.Locator("[data-summary-announce]").First).ToHaveTextAsync($"Показано предложений: {summary.Length}.");
        Assert.Equal(["Коротко", "Средне", "Подробно"], (await page.Locator("#summary-top .lengths button").AllTextContentsAsync()).Select(t => t.Trim()));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "article-ru-summary.png") });

        // Previous / Next Article stay in Russian.
        await Assertions.Expect(page.Locator("a[rel=next] .neighbour-label")).ToHaveTextAsync("Следующая статья");
        await page.Locator("a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(article.NextTitle!);
    }

    [Fact]
    public async Task Lists_show_summaries_and_search_finds_word_forms_in_both_languages()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        using var http = new HttpClient { BaseAddress = site.BaseAddress };
        var newest = (await http.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=1")).GetProperty("items")[0];
        var shortSummary = await http.GetFromJsonAsync<JsonElement>($"/api/articles/{newest.GetProperty("slug").GetString()}/summary?length=short");
        var expected = string.Join(" ", shortSummary.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        // The list summaries are made in the background as the site starts: reload until the newest shows its own.
        var first = page.Locator(".teaser .excerpt").First;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await page.GotoAsync("/");
            if (await first.TextContentAsync() == expected)
                break;
            await page.WaitForTimeoutAsync(200);
        }
        Assert.Equal(expected, await first.TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "home.png"), FullPage = true });

        await page.Locator("#q").FillAsync("harbours");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=harbours", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.True(await page.Locator(".teaser").CountAsync() > 0);
        Assert.All(await page.Locator(".teaser .excerpt mark").AllTextContentsAsync(), m => Assert.StartsWith("harbour", m, StringComparison.OrdinalIgnoreCase));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "search.png"), FullPage = true });

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("льнокомбината"));
        Assert.True(await page.Locator(".teaser").CountAsync() > 0);
        Assert.All(await page.Locator(".teaser mark").AllTextContentsAsync(), m => Assert.StartsWith("льнокомбинат", m, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<(Article Article, Sentence[] Summary)> MiddleArticleAsync(string language = "en")
    {
        using var http = new HttpClient { BaseAddress = site.BaseAddress };
        var list = await http.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=100");
        // Newest first: the middle one has neighbours in its language on both sides.
        var items = list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("language").GetString() == language).ToArray();
        var middle = items.Length / 2;
        var article = new Article(
            items[middle].GetProperty("slug").GetString()!,
            items[middle].GetProperty("title").GetString()!,
            items[middle + 1].GetProperty("title").GetString(),
            items[middle - 1].GetProperty("title").GetString());
        var summary = await http.GetFromJsonAsync<JsonElement>($"/api/articles/{article.Slug}/summary?length=medium");
        var sentences = summary.GetProperty("sentences").EnumerateArray()
            .Select(s => new Sentence(s.GetProperty("text").GetString()!, s.GetProperty("start").GetInt32()))
            .ToArray();
        return (article, sentences);
    }

    private static string Squash(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Article(string Slug, string Title, string? PreviousTitle, string? NextTitle);

    private sealed record Sentence(string Text, int Start);
}
