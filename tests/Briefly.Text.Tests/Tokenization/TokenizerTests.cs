using Briefly.Text.Tokenization;

namespace Briefly.Text.Tests.Tokenization;

public class TokenizerTests
{
    [Theory]
    [InlineData("The cat sat.", new[] { "The", "cat", "sat" })]
    [InlineData("a well-known fact", new[] { "a", "well-known", "fact" })]
    [InlineData("don't stop O'Brien", new[] { "don't", "stop", "O'Brien" })]
    [InlineData("it\u2019s fine", new[] { "it\u2019s", "fine" })]
    [InlineData("up 3.5% to 1,000.50 dollars", new[] { "up", "3.5", "to", "1,000.50", "dollars" })]
    [InlineData("end. Start", new[] { "end", "Start" })]
    [InlineData("one,two", new[] { "one", "two" })]
    [InlineData("-- dashes -- and - hyphen", new[] { "dashes", "and", "hyphen" })]
    [InlineData("Мэр сказал: «Всё по-новому».", new[] { "Мэр", "сказал", "Всё", "по-новому" })]
    [InlineData("2,5 % роста", new[] { "2,5", "роста" })]
    [InlineData("naïve café", new[] { "naïve", "café" })]
    [InlineData("trailing-", new[] { "trailing" })]
    [InlineData("", new string[0])]
    [InlineData("?! ... —", new string[0])]
    public void Splits_words(string text, string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text).Select(t => t.Slice(text)).ToArray();
        Assert.Equal(expected, tokens);
    }

    [Fact]
    public void Urdu_words_keep_their_combining_marks()
    {
        const string text = "پاکستان کی حکومت";
        Assert.Equal(3, Tokenizer.Tokenize(text).Count);
    }

    [Theory]
    [InlineData("The cat sat.", 3)]
    [InlineData("a well-known fact", 3)]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("Мэр сказал: «Всё по-новому».", 4)]
    public void Counts_words_like_it_tokenizes(string text, int expected)
    {
        Assert.Equal(expected, Tokenizer.CountWords(text));
    }

    [Fact]
    public void Tokenizes_only_the_given_region()
    {
        const string text = "alpha beta gamma delta";
        var tokens = new List<TextSpan>();
        Tokenizer.Tokenize(text, new TextSpan(6, 10), tokens);
        Assert.Equal(["beta", "gamma"], tokens.Select(t => t.Slice(text)));
    }
}
