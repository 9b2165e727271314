using Briefly.Text.Terms;

namespace Briefly.Text.Tests.Terms;

public class TermTableTests
{
    [Fact]
    public void Inflections_share_a_stem()
    {
        var table = TermTable.For("en");
        Assert.Equal(table.Lookup("running").StemId, table.Lookup("runs").StemId);
        Assert.Equal(table.Lookup("Elections").StemId, table.Lookup("election").StemId);
        Assert.NotEqual(table.Lookup("bridge").StemId, table.Lookup("river").StemId);
    }

    [Fact]
    public void Case_does_not_matter()
    {
        var table = TermTable.For("en");
        Assert.Equal(table.Lookup("BRIDGE"), table.Lookup("bridge"));
        var ru = TermTable.For("ru");
        Assert.Equal(ru.Lookup("МОСКВА"), ru.Lookup("москва"));
    }

    [Fact]
    public void Russian_inflections_share_a_stem()
    {
        var table = TermTable.For("ru");
        Assert.Equal(table.Lookup("библиотека").StemId, table.Lookup("библиотеки").StemId);
        Assert.Equal(table.Lookup("библиотеку").StemId, table.Lookup("библиотекой").StemId);
    }

    [Theory]
    [InlineData("en", "the")]
    [InlineData("en", "And")]
    [InlineData("ru", "и")]
    [InlineData("ru", "что")]
    [InlineData("de", "und")]
    [InlineData("fr", "les")]
    public void Stop_words_are_flagged(string language, string word)
    {
        Assert.True(TermTable.For(language).Lookup(word).IsStopWord);
    }

    [Theory]
    [InlineData("en", "bridge")]
    [InlineData("ru", "библиотека")]
    public void Content_words_are_not_stop_words(string language, string word)
    {
        Assert.False(TermTable.For(language).Lookup(word).IsStopWord);
    }

    [Fact]
    public void A_language_without_a_stemmer_compares_words_as_written()
    {
        var table = TermTable.For("ur");
        Assert.Equal(table.Lookup("حکومت"), table.Lookup("حکومت"));
        Assert.NotEqual(table.Lookup("حکومت").StemId, table.Lookup("پاکستان").StemId);
    }

    [Fact]
    public void Very_long_tokens_are_cut_not_rejected()
    {
        var table = TermTable.For("en");
        var word = new string('x', 500);
        Assert.Equal(table.Lookup(word), table.Lookup(word + "y"));
    }
}
