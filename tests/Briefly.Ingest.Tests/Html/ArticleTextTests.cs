using Briefly.Ingest.Html;

namespace Briefly.Ingest.Tests.Html;

public class ArticleTextTests
{
    [Fact]
    public void Every_block_is_a_paragraph()
    {
        const string Html =
            "<h2>Heading</h2><p>First paragraph.</p><ul><li>Item one</li><li>Item <b>two</b></li></ul>" +
            "<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>" +
            "<figure><img src=\"https://cdn.example/a.jpg\" alt=\"not text\"><figcaption>The caption.</figcaption></figure>" +
            "<table><tr><th>Name</th><th>Votes</th></tr><tr><td>Smith</td><td>1,024</td></tr></table><p>Last.</p>";
        Assert.Equal(
            "Heading\nFirst paragraph.\nItem one\nItem two\nQuoted one.\nQuoted two.\nThe caption.\nName\nVotes\nSmith\n1,024\nLast.",
            ArticleHtml.ToText(Html));
    }

    [Fact]
    public void Whitespace_collapses_across_inline_elements()
    {
        Assert.Equal("a b c d", ArticleHtml.ToText("<p>  a <em> b</em>\n\n  c\t<a href=\"/x\">\u00A0d </a> </p>"));
    }

    [Fact]
    public void Inline_elements_add_no_space_of_their_own()
    {
        Assert.Equal("abc H2O", ArticleHtml.ToText("<p>a<em>b</em>c H<sub>2</sub>O</p>"));
    }

    [Fact]
    public void A_line_break_ends_a_paragraph()
    {
        Assert.Equal("one\ntwo\nthree", ArticleHtml.ToText("<p>one<br>two<br><br>  three</p>"));
    }

    [Fact]
    public void Nested_and_empty_blocks_give_no_empty_lines()
    {
        Assert.Equal("a\nb\nc", ArticleHtml.ToText("<div><div><p>a</p></div>\n\n<p> </p><div></div><p>b</p></div><ul><li><p>c</p></li></ul>"));
    }

    [Fact]
    public void Entities_are_decoded()
    {
        Assert.Equal("Tom & Jerry <3 \"quoted\" it's", ArticleHtml.ToText("<p>Tom &amp; Jerry &lt;3 &quot;quoted&quot; it&#39;s</p>"));
    }

    [Fact]
    public void Scripts_and_widgets_have_no_text_even_unsanitized()
    {
        Assert.Equal("a\nb", ArticleHtml.ToText("<p>a</p><script>var x = 1;</script><style>p{}</style><nav>Home</nav><p>b</p><template><p>t</p></template>"));
    }

    [Fact]
    public void A_dropped_block_still_separates_paragraphs()
    {
        const string Html = "Before<nav><a href=\"/\">Home</a></nav>after<form><input></form>end";
        Assert.Equal("Before\nafter\nend", ArticleHtml.ToText(Html));
        Assert.Equal("<p>Before</p><p>after</p><p>end</p>", ArticleHtml.Sanitize(Html));
    }

    [Fact]
    public void Russian_text()
    {
        Assert.Equal("Москва, 1 мая.\nПрезидент заявил: «Мы готовы».", ArticleHtml.ToText("<p>Москва,  1 мая.</p>\n<p>Президент <em>заявил</em>: «Мы готовы».</p>"));
    }

    [Fact]
    public void Nothing_gives_nothing()
    {
        Assert.Equal("", ArticleHtml.ToText(""));
        Assert.Equal("", ArticleHtml.ToText("<p> </p>\n<div>\u00A0</div>"));
    }

    [Fact]
    public void Text_of_a_sanitized_body_is_the_text_of_the_original()
    {
        const string Html = "<div class=\"story\"><h1>Big news</h1><div>Lead <span>paragraph</span>.</div><script>track()</script><p>Body.</p></div>";
        Assert.Equal("Big news\nLead paragraph.\nBody.", ArticleHtml.ToText(ArticleHtml.Sanitize(Html)));
        Assert.Equal(ArticleHtml.ToText(Html), ArticleHtml.ToText(ArticleHtml.Sanitize(Html)));
    }

    [Fact]
    public void From_plain_text_makes_one_encoded_paragraph_per_line()
    {
        Assert.Equal(
            "<p>1 &lt; 2 &amp; 3 &gt; 2</p>\n<p>&quot;Quoted&quot; and &#39;single&#39;</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
            ArticleHtml.FromPlainText("1 < 2 & 3 > 2\n\"Quoted\" and 'single'\n<script>alert(1)</script>"));
    }

    [Fact]
    public void From_plain_text_skips_blank_lines_and_accepts_any_line_ending()
    {
        Assert.Equal("<p>a</p>\n<p>b</p>\n<p>c</p>\n<p>d</p>", ArticleHtml.FromPlainText("  a  \n\n   \r\nb\r\nc\rd\n"));
        Assert.Equal("", ArticleHtml.FromPlainText(""));
        Assert.Equal("", ArticleHtml.FromPlainText(" \n \n"));
    }

    [Theory]
    [InlineData("One paragraph.")]
    [InlineData("First.\nSecond & third <tag> \"q\".")]
    [InlineData("Москва, 1 мая.\nПрезидент заявил: «Мы готовы».")]
    [InlineData("Emoji \uD83D\uDE00 and 漢字.")]
    public void From_plain_text_round_trips(string text)
    {
        Assert.Equal(text, ArticleHtml.ToText(ArticleHtml.FromPlainText(text)));
        Assert.Equal(text, ArticleHtml.ToText(ArticleHtml.Sanitize(ArticleHtml.FromPlainText(text))));
    }
}
