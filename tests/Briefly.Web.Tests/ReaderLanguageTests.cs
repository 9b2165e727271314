using System.Net.Http.Json;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

/// <summary>An article's page speaks the article's language; lists, search and every other page the site's.</summary>
public sealed class ReaderLanguageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task A_russian_article_page_is_in_russian()
    {
        var page = await _client.GetPageAsync($"/articles/{site.Titled("Библиотека").Slug}");

        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Нет времени читать? Краткое содержание", page.QuerySelector("a[data-summary-toggle]")!.TextContent.Squash());
        Assert.Equal("1 марта 2026", page.QuerySelector(".story-head time")!.TextContent.Trim());
        Assert.Equal("1 марта 2026 · 1 мин", page.QuerySelector(".story-head .meta")!.TextContent.Squash());
        Assert.Equal("Город", page.QuerySelector(".story-head .kicker")!.TextContent.Trim());
        Assert.Equal(["Коротко", "Средне", "Подробно"], page.QuerySelectorAll("#summary-top .lengths button").Select(b => b.TextContent.Trim()));
        Assert.Equal("Составляем краткое содержание…", page.QuerySelector("[data-summary-panel]")!.GetAttribute("data-text-loading"));
        Assert.Equal("Найти", page.QuerySelector(".search button")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_russian_summary_page_is_in_russian()
    {
        var page = await _client.GetPageAsync($"/articles/{site.Titled("Библиотека").Slug}/summary");

        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Читать статью целиком", page.QuerySelector(".read-all")!.TextContent.Trim());
        Assert.StartsWith("Краткое содержание: Библиотека", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_article_page_and_the_lists_are_in_the_site_language()
    {
        var article = await _client.GetPageAsync($"/articles/{site.Titled("Lighthouse").Slug}");
        Assert.Equal("en", article.DocumentElement.GetAttribute("lang"));
        Assert.Equal("1 March 2026 · By Ann Reed · 1 min read", article.QuerySelector(".story-head .meta")!.TextContent.Squash());

        var home = await _client.GetPageAsync("/");
        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
        var russian = home.QuerySelectorAll(".teaser").Single(t => t.GetAttribute("lang") == "ru");
        // The Russian article's own words are Russian; the list's words around them are the site's.
        Assert.Equal("en", russian.QuerySelector(".meta")!.GetAttribute("lang"));
        Assert.Contains("1 March 2026", russian.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_in_russian_frames_lists_search_and_errors_in_russian()
    {
        using var factory = new SiteFactory(new() { ["Briefly:Language"] = "ru" });
        using var client = factory.CreateClient();
        await Publish(client, "Городской парк откроют весной", "Парк у реки откроют в апреле. Там посадят липы и клёны. Вход будет бесплатным.", "ru");
        await Publish(client, "Harbour wall repaired", "The harbour wall was repaired. Boats can moor again. The work took a month.", "en");

        var home = await client.GetPageAsync("/");
        Assert.Equal("ru", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Свежие статьи", home.QuerySelector("h1")!.TextContent.Trim());

        var search = await client.GetPageAsync("/search?q=harbours");
        Assert.Equal("Найдена 1 статья.", search.QuerySelector(".page-note")!.TextContent.Trim());
        var none = await client.GetPageAsync("/search?q=lighthouse");
        Assert.Equal("Найдено 0 статей.", none.QuerySelector(".page-note")!.TextContent.Trim());

        // An English article keeps its own language; German, which the site has no words for, gets the site's.
        var english = await client.GetPageAsync($"/articles/harbour-wall-repaired");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        var slug = await Publish(client, "Neue Brücke eröffnet", "Die neue Brücke ist offen. Sie verbindet zwei Stadtteile. Autos fahren ab Montag.", "de");
        var german = await client.GetPageAsync($"/articles/{slug}");
        Assert.Equal("ru", german.DocumentElement.GetAttribute("lang"));

        var missing = await client.GetPageAsync("/articles/no-such-article", 404);
        Assert.Equal("Статья не найдена", missing.QuerySelector("h1")!.TextContent.Trim());
    }

    internal static async Task<string> Publish(HttpClient client, string title, string text, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new { title, text, language }),
        };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SeededSite.Published>())!.Slug;
    }
}
