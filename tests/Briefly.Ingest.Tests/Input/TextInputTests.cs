using Briefly.Ingest.Input;

namespace Briefly.Ingest.Tests.Input;

public class TextInputTests
{
    [Fact]
    public void Plain_text_stays_as_it_is()
    {
        const string Text = "First sentence here. Second one follows.\nA new paragraph.";
        Assert.Equal(new InputText(Text, null, false), TextInput.FromText(Text));
    }

    [Fact]
    public void A_byte_order_mark_is_stripped()
    {
        Assert.Equal(new InputText("Some text.", null, false), TextInput.FromText("\uFEFFSome text."));
    }

    [Fact]
    public void Crlf_becomes_lf()
    {
        Assert.Equal("One.\nTwo.\n\nThree.\n", TextInput.FromText("One.\r\nTwo.\r\n\r\nThree.\r\n").Text);
    }

    [Fact]
    public void Html_gives_its_body_text_and_title()
    {
        const string Html =
            "<!DOCTYPE html><html><head><title>Bridge reopens</title><script>var x = 'Do not summarize me.';</script></head>"
            + "<body><article><h1>Bridge reopens</h1><p>The bridge reopened on Tuesday.</p><p>Engineers replaced the cables.</p></article></body></html>";
        var input = TextInput.FromText(Html);
        Assert.True(input.WasHtml);
        Assert.Equal("Bridge reopens", input.Title);
        Assert.Contains("The bridge reopened on Tuesday.", input.Text, StringComparison.Ordinal);
        Assert.Contains("Engineers replaced the cables.", input.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Do not summarize me", input.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", input.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_with_a_byte_order_mark_and_crlf_is_still_html()
    {
        var input = TextInput.FromText("\uFEFF  <html>\r\n<head><title>T</title></head>\r\n<body><p>Body text.</p></body></html>\r\n");
        Assert.True(input.WasHtml);
        Assert.Equal("T", input.Title);
        Assert.Contains("Body text.", input.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", input.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_result_as_extracting_the_html_directly()
    {
        const string Html = "<p>One paragraph.</p><p>Another paragraph.</p>";
        var page = Briefly.Ingest.Html.HtmlText.Extract(Html);
        Assert.Equal(new InputText(page.Text, page.Title, true), TextInput.FromText(Html));
    }

    [Theory]
    [InlineData("<3 this story. It is a good one.")]
    [InlineData("<not-html> is how the paper wrote it.")]
    [InlineData("a < b and b > c.")]
    public void Text_that_only_contains_angle_brackets_is_not_html(string text)
    {
        Assert.Equal(new InputText(text, null, false), TextInput.FromText(text));
    }

    [Fact]
    public void Empty_text_is_empty()
    {
        Assert.Equal(new InputText("", null, false), TextInput.FromText(""));
        Assert.Equal(new InputText("", null, false), TextInput.FromText("\uFEFF"));
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => TextInput.FromText(null!));
    }
}
