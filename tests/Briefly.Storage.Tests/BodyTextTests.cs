namespace Briefly.Storage.Tests;

public class BodyTextTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("  \n ", 0)]
    [InlineData("one", 1)]
    [InlineData("one two\nthree\tfour", 4)]
    [InlineData("rose 5 % — again", 3)]
    [InlineData("«да» сказал", 2)]
    [InlineData("x-ray 3.5", 2)]
    public void Counts_words_with_a_letter_or_digit(string text, int expected)
    {
        Assert.Equal(expected, BodyText.CountWords(text));
    }

    [Fact]
    public void A_short_text_is_its_own_excerpt_on_one_line()
    {
        Assert.Equal("First line. Second line.", BodyText.Excerpt("First line.\n\nSecond  line.\n"));
    }

    [Fact]
    public void Exactly_forty_words_are_not_marked_as_cut()
    {
        var text = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}"));

        Assert.Equal(text, BodyText.Excerpt(text + "\n"));
    }

    [Fact]
    public void More_than_forty_words_are_cut_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Range(1, 41).Select(i => $"w{i}"));

        Assert.Equal(string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}")) + "…", BodyText.Excerpt(text));
    }

    [Fact]
    public void The_last_word_of_a_prefix_may_be_a_fragment_and_is_left_out()
    {
        Assert.Equal("alpha beta…", BodyText.Excerpt("alpha beta gam", isPrefix: true));
        Assert.Equal("alpha beta gam…", BodyText.Excerpt("alpha beta gam ", isPrefix: true));
        Assert.Equal("aaaa…", BodyText.Excerpt("aaaa", isPrefix: true));
    }
}
