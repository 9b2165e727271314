using Briefly.Ingest.Input;

namespace Briefly.Ingest.Tests.Input;

public class SummaryInputTests
{
    [Fact]
    public async Task Pasted_text_is_read_as_a_file_would_be_and_html_in_it_gives_its_text_and_title()
    {
        var plain = await SummaryInput.ReadAsync(new SummarySource(Text: "\uFEFFThe bridge opened.\r\nCars crossed it."), null);
        var html = await SummaryInput.ReadAsync(new SummarySource(Text: "<html><head><title>Bridge</title></head><body><p>The bridge opened.</p><p>Cars crossed it.</p></body></html>"), null);

        Assert.Equal(new InputText("The bridge opened.\nCars crossed it.", null, false), plain);
        Assert.Equal(new InputText("The bridge opened.\nCars crossed it.", "Bridge", true), html);
    }

    [Fact]
    public async Task Html_is_extracted_even_when_it_holds_no_markup()
    {
        var read = await SummaryInput.ReadAsync(new SummarySource(Html: "Just words."), null);

        Assert.Equal("Just words.", read.Text);
        Assert.True(read.WasHtml);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("text", "<p>html</p>")]
    public async Task Exactly_one_source_is_needed(string? text, string? html)
    {
        var e = await Assert.ThrowsAsync<SummaryInputException>(() => SummaryInput.ReadAsync(new SummarySource(text, html), null));

        Assert.Equal("give exactly one of text, html and url", e.Message);
        Assert.False(e.Unusable);
    }

    [Fact]
    public async Task Html_beyond_the_limits_is_refused_as_unusable_however_it_comes()
    {
        var wide = "<html><body><div>" + string.Concat(Enumerable.Repeat("<i></i>", 5000)) + "</div></body></html>";

        var asHtml = await Assert.ThrowsAsync<SummaryInputException>(() => SummaryInput.ReadAsync(new SummarySource(Html: wide), null));
        var asText = await Assert.ThrowsAsync<SummaryInputException>(() => SummaryInput.ReadAsync(new SummarySource(Text: wide), null));

        Assert.True(asHtml.Unusable);
        Assert.Equal(asHtml.Message, asText.Message);
    }
}
