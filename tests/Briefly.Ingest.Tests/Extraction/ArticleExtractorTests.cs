using Briefly.Ingest.Extraction;
using Briefly.Ingest.Html;

namespace Briefly.Ingest.Tests.Extraction;

public class ArticleExtractorTests
{
    private const string Story =
        "<p>The city's old harbour bridge reopened to traffic on Tuesday after a six-month repair that cost the council "
        + "fourteen million pounds, officials said at a short ceremony on the quay.</p>"
        + "<figure><img src=\"https://cdn.example/bridge.jpg\" alt=\"The bridge\"><figcaption>The bridge at dawn. Photo: Jane Roe</figcaption></figure>"
        + "<p>Engineers replaced 240 corroded steel cables and resurfaced the entire deck, working mostly at night so that "
        + "river traffic could keep moving underneath the span.</p>"
        + "<p>The closure had forced about 30,000 daily commuters onto a ferry service and a long detour through the "
        + "northern suburbs, and local shop owners said their sales fell by nearly a third.</p>"
        + "<p>A second phase of work, to repaint the towers, is planned for next summer. <a href=\"/more\">Read more</a></p>"
        + "<p>Share this article</p>";

    private static string Page(string lang = "en", string extraHead = "") =>
        $"<!DOCTYPE html><html lang=\"{lang}\"><head><title>Harbour bridge reopens | The Daily Example</title>"
        + "<meta property=\"og:title\" content=\"Harbour bridge reopens\">"
        + "<meta name=\"author\" content=\"Ann Lee\">"
        + "<meta property=\"article:published_time\" content=\"2025-03-04T09:30:00Z\">" + extraHead
        + "<script>var tracking = 'Do not extract me';</script></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
        + "<article><h1>Harbour bridge reopens</h1>"
        + "<div class=\"share-bar\"><a href=\"https://facebook.example/share\">Facebook</a> <a href=\"https://x.example/share\">Post</a> <a href=\"mailto:?\">Email</a></div>"
        + Story
        + "<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox every weekday.</p><a href=\"/signup\">Sign up</a></div>"
        + "</article><footer>© 2025 The Daily Example</footer></body></html>";

    [Fact]
    public void Keeps_the_story_and_drops_the_furniture()
    {
        var article = ArticleExtractor.Extract(Page(), new Uri("https://news.example/2025/bridge"));
        var lines = article.Text.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("The city's old harbour bridge reopened", lines[0], StringComparison.Ordinal);
        Assert.Equal("A second phase of work, to repaint the towers, is planned for next summer.", lines[3]);
        foreach (var furniture in new[] { "Home", "Facebook", "Photo: Jane Roe", "Read more", "Share this", "morning briefing", "Sign up", "Do not extract", "©" })
            Assert.DoesNotContain(furniture, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_metadata()
    {
        var article = ArticleExtractor.Extract(Page(), new Uri("https://news.example/2025/bridge"));
        Assert.Equal("Harbour bridge reopens", article.Title);
        Assert.Equal("Ann Lee", article.Byline);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Reads_the_publication_and_the_lead_image_as_an_absolute_web_address()
    {
        var head = "<meta property=\"og:site_name\" content=\"The Daily Example\"><meta property=\"og:image\" content=\"/img/bridge.jpg\">";

        var article = ArticleExtractor.Extract(Page(extraHead: head), new Uri("https://news.example/2025/bridge"));

        Assert.Equal("The Daily Example", article.SiteName);
        Assert.Equal(new Uri("https://news.example/img/bridge.jpg"), article.Image);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("file:///etc/passwd")]
    public void A_lead_image_that_is_not_on_the_web_is_ignored(string image)
    {
        var article = ArticleExtractor.Extract(Page(extraHead: $"<meta property=\"og:image\" content=\"{image}\">"), new Uri("https://news.example/2025/bridge"));

        Assert.Null(article.Image);
    }

    [Fact]
    public void Html_is_sanitized_and_its_text_is_the_text()
    {
        var article = ArticleExtractor.Extract(Page(), new Uri("https://news.example/2025/bridge"));
        Assert.DoesNotContain("<script", article.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("class=", article.Html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"https://cdn.example/bridge.jpg\"", article.Html, StringComparison.Ordinal);
        Assert.Equal(article.Html, ArticleHtml.Sanitize(article.Html));
        Assert.Equal(article.Text, ArticleHtml.ToText(article.Html));
    }

    [Fact]
    public void The_declared_language_wins_and_is_reduced_to_its_primary_code()
    {
        Assert.Equal("de", ArticleExtractor.Extract(Page(lang: "de-AT")).Language);
    }

    [Fact]
    public void Without_a_declared_language_it_is_detected()
    {
        const string Russian =
            "<html><head><title>Библиотека</title></head><body><article>"
            + "<p>В центре Твери в субботу открылась новая городская библиотека, строительство которой заняло три года и обошлось городу в сто миллионов рублей.</p>"
            + "<p>Здание рассчитано на триста тысяч книг и четыреста читательских мест, сообщил мэр города на церемонии открытия.</p>"
            + "<p>По его словам, библиотека будет работать ежедневно, а в залах появится бесплатный интернет для всех читателей.</p>"
            + "</article></body></html>";
        var article = ArticleExtractor.Extract(Russian);
        Assert.Equal("ru", article.Language);
        Assert.StartsWith("В центре Твери", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_stay_relative_without_a_page_address()
    {
        var html = Page().Replace("repaint the towers", "repaint <a href=\"/towers\">the towers</a>", StringComparison.Ordinal);
        var article = ArticleExtractor.Extract(html);
        Assert.Contains("<a href=\"/towers\">the towers</a>", article.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_resolve_against_the_page_address()
    {
        var html = Page().Replace("repaint the towers", "repaint <a href=\"/towers\">the towers</a>", StringComparison.Ordinal);
        var article = ArticleExtractor.Extract(html, new Uri("https://news.example/2025/bridge"));
        Assert.Contains("href=\"https://news.example/towers\"", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_an_article_falls_back_to_its_whole_text()
    {
        const string Short = "<html><head><title>Notice</title></head><body><nav>Home | About</nav><div>The office is closed today.</div>"
            + "<div>Share this page</div></body></html>";
        var article = ArticleExtractor.Extract(Short);
        Assert.Equal("The office is closed today.", article.Text);
        Assert.Equal("<p>The office is closed today.</p>", article.Html);
        Assert.Equal("Notice", article.Title);
    }

    [Fact]
    public void Next_article_teasers_and_bylines_are_removed()
    {
        var html = Page().Replace("<p>Share this article</p>", "<p>By Ann Lee</p><p>Next Article</p><p>Council approves new cycle lanes</p>", StringComparison.Ordinal);
        var article = ArticleExtractor.Extract(html);
        Assert.DoesNotContain("cycle lanes", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Ann Lee", article.Text, StringComparison.Ordinal);
        Assert.Equal(4, article.Text.Split('\n').Length);
    }

    [Fact]
    public void A_share_class_on_a_long_block_is_not_furniture()
    {
        var html = Page().Replace("<article>", "<article class=\"share-enabled\"><div class=\"social-wrapper\">", StringComparison.Ordinal)
            .Replace("</article>", "</div></article>", StringComparison.Ordinal);
        Assert.Equal(4, ArticleExtractor.Extract(html).Text.Split('\n').Length);
    }

    [Fact]
    public void Html_beyond_the_limits_is_refused_before_parsing()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", HtmlLimits.MaxDepth + 1)) + "text";
        var e = Assert.Throws<ExtractionException>(() => ArticleExtractor.Extract(deep));
        Assert.Contains("512", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Read more", true)]
    [InlineData("Continue reading »", true)]
    [InlineData("Читать далее…", true)]
    [InlineData("Read the full story", true)]
    [InlineData("Ready for more?", false)]
    [InlineData("readers' letters", false)]
    public void Read_more_links_are_told_by_their_text(string link, bool dropped)
    {
        var html = Page().Replace(">Read more<", $">{link}<", StringComparison.Ordinal);
        var article = ArticleExtractor.Extract(html);
        Assert.Equal(!dropped, article.Text.Contains(link, StringComparison.Ordinal));
        Assert.Contains("planned for next summer.", article.Text, StringComparison.Ordinal);
    }
}
