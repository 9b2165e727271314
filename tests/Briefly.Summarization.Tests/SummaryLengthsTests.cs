namespace Briefly.Summarization.Tests;

public class SummaryLengthsTests
{
    private static readonly LengthLimits Api = new(50, 5000);
    private static readonly LengthLimits Cli = new(1000, 100_000, "--");

    [Theory]
    [InlineData(null, null, null, null, "3 sentences")]
    [InlineData("SHORT", null, null, null, "1 sentences")]
    [InlineData("long", null, null, null, "0.25 of the text")]
    [InlineData(null, "7", null, null, "7 sentences")]
    [InlineData(null, null, "120", null, "120 words")]
    [InlineData(null, null, null, "0.3333", "0.333 of the text")]
    public void Reads_each_kind_of_length(string? preset, string? sentences, string? words, string? ratio, string expected)
    {
        Assert.True(SummaryLengths.TryParse(preset, sentences, words, ratio, Api, out var length, out var error), error);
        Assert.Equal(expected, length.ToString());
    }

    [Theory]
    [InlineData("huge", null, null, null, "length must be short, medium or long")]
    [InlineData(null, "51", null, null, "sentences must be a whole number from 1 to 50")]
    [InlineData(null, "2.5", null, null, "sentences must be a whole number from 1 to 50")]
    [InlineData(null, "-1", null, null, "sentences must be a whole number from 1 to 50")]
    [InlineData(null, null, "0", null, "words must be a whole number from 1 to 5000")]
    [InlineData(null, null, null, "1.5", "ratio must be a number from 0.001 to 1")]
    [InlineData(null, null, null, "0.0001", "ratio must be a number from 0.001 to 1")]
    [InlineData("short", "2", null, null, "give at most one of length, sentences, words and ratio")]
    public void Says_what_is_wrong_in_one_line(string? preset, string? sentences, string? words, string? ratio, string expected)
    {
        Assert.False(SummaryLengths.TryParse(preset, sentences, words, ratio, Api, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Each_host_passes_its_limits_and_spells_its_fields()
    {
        Assert.True(SummaryLengths.TryParse(null, "800", null, null, Cli, out var length, out _));
        Assert.Equal(SummaryLength.Sentences(800), length);
        Assert.False(SummaryLengths.TryParse(null, "1001", null, null, Cli, out _, out var error));
        Assert.Equal("--sentences must be a whole number from 1 to 1000", error);
    }
}
