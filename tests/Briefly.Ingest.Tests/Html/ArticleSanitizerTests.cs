using Briefly.Ingest.Html;

namespace Briefly.Ingest.Tests.Html;

public class ArticleSanitizerTests
{
    [Fact]
    public void Scripts_go_with_their_content()
    {
        var html = ArticleHtml.Sanitize("<p>Before.</p><script>alert('x')</script><p>After.<script src=\"https://evil.example/x.js\"></script></p>");
        Assert.Equal("<p>Before.</p><p>After.</p>", html);
    }

    [Fact]
    public void Event_handlers_are_removed()
    {
        var html = ArticleHtml.Sanitize("<figure><img src=\"https://cdn.example/a.jpg\" alt=\"A cat\" onerror=\"alert(1)\" onload=\"alert(2)\"></figure><p onclick=\"alert(3)\">Text</p>");
        Assert.Equal("<figure><img src=\"https://cdn.example/a.jpg\" alt=\"A cat\"></figure><p>Text</p>", html);
        Assert.DoesNotContain("alert", html);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"  javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"javascript&colon;alert(1)\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>")]
    public void Script_urls_lose_their_href_but_keep_the_text(string input)
    {
        var html = ArticleHtml.Sanitize(input);
        Assert.Equal("<p><a>x</a></p>", html);
    }

    [Fact]
    public void Style_attributes_and_elements_are_removed()
    {
        var html = ArticleHtml.Sanitize("<style>p { color: red }</style><p style=\"color: red; background: url(javascript:alert(1))\">Red</p>");
        Assert.Equal("<p>Red</p>", html);
    }

    [Fact]
    public void Iframes_objects_and_embeds_are_removed_with_their_content()
    {
        var html = ArticleHtml.Sanitize(
            "<p>Watch:</p><iframe src=\"https://video.example/embed/1\">fallback</iframe>" +
            "<object data=\"x.swf\"><p>no flash</p></object><embed src=\"x.swf\"><p>Done.</p>");
        Assert.Equal("<p>Watch:</p><p>Done.</p>", html);
    }

    [Fact]
    public void Svg_math_and_forms_are_removed_with_their_content()
    {
        var html = ArticleHtml.Sanitize(
            "<p>A</p><svg><script>alert(1)</script><text>svg text</text></svg><math><mi>x</mi></math>" +
            "<form action=\"/subscribe\"><label>Email</label><input name=\"e\"><button>Subscribe</button></form><p>B</p>");
        Assert.Equal("<p>A</p><p>B</p>", html);
    }

    [Fact]
    public void Classes_and_ids_from_the_input_are_removed()
    {
        // Ours are span.s, #s{start} and data-s: an article must not be able to forge or clash with them.
        var html = ArticleHtml.Sanitize("<p class=\"s\" id=\"s0\" data-s=\"0\"><span class=\"s\" id=\"s5\" data-s=\"5\">Forged</span> text</p>");
        Assert.Equal("<p>Forged text</p>", html);
    }

    [Fact]
    public void H1_becomes_h2_and_h5_h6_become_h4()
    {
        var html = ArticleHtml.Sanitize("<h1 class=\"x\">Title</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>");
        Assert.Equal("<h2>Title</h2><h2>Two</h2><h3>Three</h3><h4>Four</h4><h4>Five</h4><h4>Six</h4>", html);
    }

    [Fact]
    public void Layout_containers_become_paragraphs()
    {
        Assert.Equal("<p>One</p><p>Two</p>", ArticleHtml.Sanitize("<div>One</div><div>Two</div>"));
        Assert.Equal(
            "<p>Intro <b>bold</b></p><p>Para</p><p>Tail</p><p>Next</p>",
            ArticleHtml.Sanitize("<section><div>Intro <b>bold</b><p>Para</p>Tail</div><div>Next</div></section>"));
        Assert.Equal("<p>Term</p><p>Definition</p>", ArticleHtml.Sanitize("<dl><dt>Term</dt><dd>Definition</dd></dl>"));
    }

    [Fact]
    public void Loose_inline_content_becomes_a_paragraph()
    {
        Assert.Equal("<p>Hello <b>world</b></p>", ArticleHtml.Sanitize("Hello <b>world</b>"));
        Assert.Equal("<p>Lead</p><p>Body</p>", ArticleHtml.Sanitize("Lead<p>Body</p>"));
    }

    [Fact]
    public void Unknown_inline_wrappers_are_unwrapped_keeping_their_text()
    {
        var html = ArticleHtml.Sanitize("<p><span class=\"x\">Some</span> <font color=\"red\">coloured</font> <mark>text</mark> <custom-tag>here</custom-tag></p>");
        Assert.Equal("<p>Some coloured text here</p>", html);
    }

    [Fact]
    public void Absolute_links_get_rel_and_relative_ones_do_not()
    {
        var html = ArticleHtml.Sanitize(
            "<p><a href=\"https://example.org/a\" target=\"_blank\">out</a> <a href=\"/articles/b\">in</a> <a href=\"#part\">here</a> " +
            "<a href=\"//cdn.example/c\">cdn</a> <a href=\"mailto:desk@example.org\">mail</a></p>");
        Assert.Equal(
            "<p><a href=\"https://example.org/a\" rel=\"nofollow noopener noreferrer\">out</a> <a href=\"/articles/b\">in</a> <a href=\"#part\">here</a> " +
            "<a href=\"//cdn.example/c\" rel=\"nofollow noopener noreferrer\">cdn</a> <a href=\"mailto:desk@example.org\" rel=\"nofollow noopener noreferrer\">mail</a></p>",
            html);
    }

    [Fact]
    public void A_rel_from_the_input_is_replaced()
    {
        var html = ArticleHtml.Sanitize("<p><a href=\"http://example.org/\" rel=\"opener\">x</a></p>");
        Assert.Equal("<p><a href=\"http://example.org/\" rel=\"nofollow noopener noreferrer\">x</a></p>", html);
    }

    [Theory]
    [InlineData("<img src=\"/relative.png\">")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\">")]
    [InlineData("<img src=\"javascript:alert(1)\">")]
    [InlineData("<img src=\"mailto:a@b.c\">")]
    [InlineData("<img alt=\"no source\">")]
    public void Images_need_a_web_address(string image) =>
        Assert.Equal("<p>Text</p>", ArticleHtml.Sanitize("<p>Text" + image + "</p>"));

    [Fact]
    public void The_news_allowlist_survives()
    {
        const string Body =
            "<h2>Heading</h2><p>A <em>b</em> <strong>c</strong> <b>d</b> <i>e</i> <u>f</u> <s>g</s> H<sub>2</sub>O x<sup>2</sup> " +
            "<code>h()</code> <q>i</q> <cite>j</cite> <small>k</small> <abbr title=\"Long name\">LN</abbr> <time datetime=\"2024-05-01\">May 1</time><br>l</p>" +
            "<hr><ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>quote</p></blockquote>" +
            "<figure><img src=\"https://cdn.example/p.jpg\" alt=\"Photo\"><figcaption>Caption</figcaption></figure>" +
            "<pre>code  block</pre>" +
            "<table><caption>Cap</caption><thead><tr><th>H</th></tr></thead><tbody><tr><td colspan=\"2\">D</td></tr></tbody><tfoot><tr><td>F</td></tr></tfoot></table>";
        Assert.Equal(Body, ArticleHtml.Sanitize(Body));
    }

    [Fact]
    public void Comments_and_empty_paragraphs_are_removed()
    {
        Assert.Equal("<p>Text</p>", ArticleHtml.Sanitize("<!-- ad slot --><p>&nbsp;</p><p>Text</p><p> </p><p></p>"));
    }

    [Fact]
    public void Russian_text_is_kept_as_is()
    {
        const string Body = "<p>Президент заявил: «Мы готовы».</p>";
        Assert.Equal(Body, ArticleHtml.Sanitize(Body));
    }

    [Fact]
    public void Text_that_looks_like_markup_stays_text()
    {
        var html = ArticleHtml.Sanitize("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>");
        Assert.Equal("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>", html);
    }

    [Fact]
    public void A_whole_document_gives_its_body()
    {
        var html = ArticleHtml.Sanitize("<!doctype html><html><head><title>T</title><script>x()</script></head><body><p>Body</p></body></html>");
        Assert.Equal("<p>Body</p>", html);
    }

    [Fact]
    public void Nothing_gives_nothing()
    {
        Assert.Equal("", ArticleHtml.Sanitize(""));
        Assert.Equal("", ArticleHtml.Sanitize("   "));
        Assert.Equal("", ArticleHtml.Sanitize("<script>alert(1)</script>"));
    }

    [Fact]
    public void Deep_nesting_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "Deep" + string.Concat(Enumerable.Repeat("</div>", 10_000));
        Assert.Equal("<p>Deep</p>", ArticleHtml.Sanitize(html));
    }
}
