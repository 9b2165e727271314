using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

public sealed class PageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Home_lists_the_newest_articles_first_three_to_a_page()
    {
        var first = await _client.GetPageAsync("/");
        Assert.Equal("Briefly", first.Title);
        var titles = first.QuerySelectorAll(".teaser h2").Select(h => h.TextContent.Trim()).ToArray();
        Assert.Equal([site.Titled("School").Title, site.Titled("Ferry").Title, site.Titled("Библиотека").Title], titles);
        var next = first.QuerySelector(".pager a[rel=next]");
        Assert.NotNull(next);

        var second = await _client.GetPageAsync(next.GetAttribute("href")!);
        var older = second.QuerySelectorAll(".teaser h2").Select(h => h.TextContent.Trim()).ToArray();
        Assert.Equal([site.Titled("Bakery").Title, site.Titled("Lighthouse").Title], older);
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
    }

    [Fact]
    public async Task An_article_page_offers_the_summary_at_the_top_and_at_the_bottom()
    {
        var article = site.Titled("Lighthouse");
        var page = await _client.GetPageAsync($"/articles/{article.Slug}");
        Assert.Equal(article.Title, page.QuerySelector("h1")!.TextContent.Trim());
        var controls = page.QuerySelectorAll("a[data-summary-toggle]");
        Assert.Equal(2, controls.Length);
        foreach (var control in controls)
        {
            Assert.Equal("No time to read? Get a summary", control.TextContent.Squash());
            Assert.Equal($"/articles/{article.Slug}/summary", control.GetAttribute("href"));
        }
        var body = page.QuerySelector(".story-body")!;
        Assert.True(controls[0].CompareDocumentPosition(body).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.True(controls[1].CompareDocumentPosition(body).HasFlag(AngleSharp.Dom.DocumentPositions.Preceding));
    }

    [Fact]
    public async Task Previous_and_next_link_the_neighbours_in_the_articles_language_by_title()
    {
        var page = await _client.GetPageAsync($"/articles/{site.Titled("Ferry").Slug}");
        var previous = page.QuerySelector("a[rel=prev]")!;
        var next = page.QuerySelector("a[rel=next]")!;
        // The Russian article published between them is not an English reader's next page.
        Assert.Equal($"Previous Article {site.Titled("Bakery").Title}", previous.TextContent.Squash());
        Assert.Equal($"/articles/{site.Titled("Bakery").Slug}", previous.GetAttribute("href"));
        Assert.Equal($"Next Article {site.Titled("School").Title}", next.TextContent.Squash());
        Assert.Equal("en", previous.QuerySelector(".neighbour-title")!.GetAttribute("lang"));

        var library = await _client.GetPageAsync($"/articles/{site.Titled("Библиотека").Slug}");
        Assert.Null(library.QuerySelector("a[rel=prev]"));
        Assert.Null(library.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task The_oldest_article_has_no_previous_and_the_newest_no_next()
    {
        var oldest = await _client.GetPageAsync($"/articles/{site.Titled("Lighthouse").Slug}");
        Assert.Null(oldest.QuerySelector("a[rel=prev]"));
        Assert.NotNull(oldest.QuerySelector("a[rel=next]"));
        var newest = await _client.GetPageAsync($"/articles/{site.Titled("School").Slug}");
        Assert.Null(newest.QuerySelector("a[rel=next]"));
        Assert.NotNull(newest.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task Every_summary_sentence_has_an_anchor_in_the_body_that_holds_exactly_its_text()
    {
        foreach (var article in site.Articles)
        {
            var summary = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{article.Slug}/summary?length=long");
            var page = await _client.GetPageAsync($"/articles/{article.Slug}");
            var sentences = summary.GetProperty("sentences").EnumerateArray().ToArray();
            Assert.NotEmpty(sentences);
            foreach (var s in sentences)
            {
                var start = s.GetProperty("start").GetInt32();
                var anchor = page.GetElementById($"s{start}");
                Assert.NotNull(anchor);
                var pieces = page.QuerySelectorAll($".story-body [data-s=\"{start}\"]").Select(e => e.TextContent);
                Assert.Equal(s.GetProperty("text").GetString(), string.Concat(pieces));
            }
        }
    }

    [Fact]
    public async Task Scripts_in_published_html_never_reach_the_page()
    {
        var page = await _client.GetPageAsync($"/articles/{site.Titled("Bakery").Slug}");
        Assert.Empty(page.QuerySelectorAll(".story-body script"));
        Assert.Contains("rye sourdough", page.QuerySelector(".story-body em")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_page_works_without_javascript_and_links_each_sentence_to_its_place()
    {
        var article = site.Titled("Ferry");
        var page = await _client.GetPageAsync($"/articles/{article.Slug}/summary");
        var links = page.QuerySelectorAll(".summary-list li a");
        Assert.InRange(links.Length, 1, 3);
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            Assert.StartsWith($"/articles/{article.Slug}#s", href, StringComparison.Ordinal);
            var start = int.Parse(href[(href.IndexOf('#', StringComparison.Ordinal) + 2)..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(article.Text.Substring(start, link.TextContent.Length), link.TextContent);
        }
        var shortPage = await _client.GetPageAsync($"/articles/{article.Slug}/summary?length=short");
        Assert.Single(shortPage.QuerySelectorAll(".summary-list li"));
        Assert.Equal("page", shortPage.QuerySelector(".lengths-nav a[aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task A_bad_length_on_the_summary_page_is_a_400_page()
    {
        var page = await _client.GetPageAsync($"/articles/{site.Titled("Ferry").Slug}/summary?length=huge", 400);
        Assert.Contains("length must be", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/no-such-article/summary")]
    [InlineData("/no/such/page")]
    [InlineData("/category/NoSuchSection")]
    [InlineData("/?page=3")]
    public async Task Unknown_pages_are_a_404_page_for_readers(string url)
    {
        var page = await _client.GetPageAsync(url, 404);
        Assert.Contains("not found", page.Title!, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task A_category_page_lists_only_its_articles_whatever_the_case_of_its_name()
    {
        var page = await _client.GetPageAsync("/category/local?page=1");
        Assert.Equal("Local · Briefly", page.Title);
        var titles = page.QuerySelectorAll(".teaser h2").Select(h => h.TextContent.Trim()).ToArray();
        Assert.Equal([site.Titled("School").Title, site.Titled("Библиотека").Title, site.Titled("Lighthouse").Title], titles);
        Assert.Equal("Local", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Search_finds_words_in_english_and_russian_text()
    {
        var english = await _client.GetPageAsync("/search?q=pumpkin");
        Assert.Equal([site.Titled("School").Title], english.QuerySelectorAll(".teaser h2").Select(h => h.TextContent.Trim()));
        var russian = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString("читальный зал"));
        Assert.Equal([site.Titled("Библиотека").Title], russian.QuerySelectorAll(".teaser h2").Select(h => h.TextContent.Trim()));
        var none = await _client.GetPageAsync("/search?q=zeppelin");
        Assert.Empty(none.QuerySelectorAll(".teaser"));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("a* OR (b NEAR c")]
    [InlineData("-- ; DROP TABLE articles")]
    public async Task Search_takes_any_punctuation_without_an_error(string q)
    {
        var page = await _client.GetPageAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.NotNull(page.QuerySelector("h1"));
    }

    [Fact]
    public async Task The_stylesheet_and_script_are_served_with_long_caching_under_versioned_urls()
    {
        var home = await _client.GetPageAsync("/");
        var css = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var response = await _client.GetAsync(css);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains(".tldr", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var article = await _client.GetPageAsync($"/articles/{site.Titled("Ferry").Slug}");
        var js = article.QuerySelector("script[src]")!.GetAttribute("src")!;
        using var script = await _client.GetAsync(js);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_carry_a_content_security_policy_that_allows_only_our_own_scripts()
    {
        using var response = await _client.GetAsync("/");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
