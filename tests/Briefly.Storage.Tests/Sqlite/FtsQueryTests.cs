using Briefly.Storage.Sqlite;

namespace Briefly.Storage.Tests.Sqlite;

public class FtsQueryTests
{
    [Theory]
    [InlineData("bridge", "(\"en_bridg\")")]
    [InlineData("  new   Bridges ", "(\"en_new\") AND (\"en_bridg\")")]
    [InlineData("\"harbours", "(\"en_harbour\")")]
    [InlineData("a* OR -b NEAR(", "(\"en_a\") AND (\"en_or\") AND (\"en_b\") AND (\"en_near\")")]
    [InlineData("well-known", "(\"en_well_known\")")]
    public void Every_word_becomes_a_group_of_its_stems(string text, string expected)
    {
        Assert.Equal(expected, FtsQuery.From(text, ["en"]));
    }

    [Fact]
    public void A_word_is_looked_up_in_every_language_held_each_form_once()
    {
        Assert.Equal("(\"en_льнокомбината\" OR \"ru_льнокомбинат\")", FtsQuery.From("льнокомбината", ["en", "ru"]));
        Assert.Equal("(\"en_елки\" OR \"ru_елк\")", FtsQuery.From("Ёлки", ["en", "ru"]));
        Assert.Equal("(\"en_harbour\" OR \"ru_harbours\")", FtsQuery.From("harbours", ["en", "ru"]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    [InlineData("* - \"\" ( )")]
    public void Nothing_searchable_is_null(string? text)
    {
        Assert.Null(FtsQuery.From(text, ["en"]));
    }

    [Fact]
    public void A_store_without_articles_matches_nothing() => Assert.Null(FtsQuery.From("bridge", []));

    [Fact]
    public void Very_long_input_is_capped()
    {
        var text = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}"));

        Assert.Equal(Briefly.Text.Search.SearchTerms.MaxQueryWords, FtsQuery.From(text, ["en"])!.Split(" AND ").Length);
    }
}
