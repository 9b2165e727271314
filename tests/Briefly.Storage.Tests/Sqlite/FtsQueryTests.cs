using Briefly.Storage.Sqlite;

namespace Briefly.Storage.Tests.Sqlite;

public class FtsQueryTests
{
    [Theory]
    [InlineData("bridge", "\"bridge\"")]
    [InlineData("  new   bridge ", "\"new\" \"bridge\"")]
    [InlineData("\"foo", "\"\"\"foo\"")]
    [InlineData("a* OR -b NEAR(", "\"a*\" \"OR\" \"-b\" \"NEAR(\"")]
    [InlineData("Москва", "\"Москва\"")]
    [InlineData("Ёлка зелёная", "\"Елка\" \"зеленая\"")]
    public void Every_word_becomes_a_quoted_string(string text, string expected)
    {
        Assert.Equal(expected, FtsQuery.From(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    [InlineData("* - \"\" ( )")]
    public void Nothing_searchable_is_null(string? text)
    {
        Assert.Null(FtsQuery.From(text));
    }

    [Fact]
    public void Very_long_input_is_capped()
    {
        var text = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}"));

        Assert.Equal(FtsQuery.MaxTerms, FtsQuery.From(text)!.Split(' ').Length);
    }
}
