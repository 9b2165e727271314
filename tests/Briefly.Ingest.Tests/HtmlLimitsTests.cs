using Briefly.Ingest.Html;

namespace Briefly.Ingest.Tests;

public sealed class HtmlLimitsTests
{
    [Theory]
    [InlineData("<p>Plain paragraph.</p>")]
    [InlineData("<html><head><title>a < b</title><script>if (a < b && c <d) {}</script></head><body><div><p>x</div></body></html>")]
    [InlineData("<!-- <div><div><div> --><p>comment tags do not count</p>")]
    [InlineData("text with a < sign and <3 hearts")]
    [InlineData("<br/><img src=x><hr>")]
    public void Ordinary_html_passes(string html) => Assert.Null(HtmlLimits.Check(html));

    [Fact]
    public void Thousands_of_unclosed_paragraphs_and_list_items_pass_because_the_parser_closes_them()
    {
        var html = string.Concat(Enumerable.Repeat("<p>one more paragraph<li>item", 1500));
        Assert.Null(HtmlLimits.Check(html));
    }

    [Fact]
    public void Many_elements_side_by_side_are_refused_before_any_parser_walks_them()
    {
        // The reported attack: one paragraph, then 199,998 empty <i></i> in the body (30 s for 50,000 before).
        var html = "<p>The council met on Monday.</p>" + string.Concat(Enumerable.Repeat("<i></i>", 199_998));
        Assert.Equal($"the HTML has more than {HtmlLimits.MaxSideBySide:N0} elements side by side in one element", HtmlLimits.Check(html));
        var wide = "<div>" + string.Concat(Enumerable.Repeat("<span>a</span>", HtmlLimits.MaxSideBySide + 1)) + "</div>";
        Assert.NotNull(HtmlLimits.Check(wide));
    }

    [Fact]
    public void As_many_elements_side_by_side_as_allowed_pass_in_each_of_many_parents()
    {
        var parent = "<div>" + string.Concat(Enumerable.Repeat("<span>a</span>", HtmlLimits.MaxSideBySide - 1)) + "</div>";
        Assert.Null(HtmlLimits.Check(string.Concat(Enumerable.Repeat(parent, HtmlLimits.MaxElements / HtmlLimits.MaxSideBySide - 1))));
    }

    [Fact]
    public void Closed_nesting_up_to_the_limit_passes()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", HtmlLimits.MaxDepth)) + "x" + string.Concat(Enumerable.Repeat("</div>", HtmlLimits.MaxDepth));
        Assert.Null(HtmlLimits.Check(html + html));
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    public void Nesting_beyond_the_limit_is_refused(string tag)
    {
        var html = string.Concat(Enumerable.Repeat($"<{tag}>", HtmlLimits.MaxDepth + 1)) + "x";
        Assert.Equal($"the HTML nests elements more than {HtmlLimits.MaxDepth} deep", HtmlLimits.Check(html));
    }

    [Fact]
    public void Too_many_elements_are_refused_even_when_flat()
    {
        var html = string.Concat(Enumerable.Repeat("<br>", HtmlLimits.MaxElements + 1));
        Assert.NotNull(HtmlLimits.Check(html));
    }
}
