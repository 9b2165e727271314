using Briefly.Text.Stemming;

namespace Briefly.Text.Tests.Stemming;

public class StemmersTests
{
    [Theory]
    [InlineData("en", "connections", "connect")]
    [InlineData("en", "running", "run")]
    [InlineData("ru", "библиотеками", "библиотек")]
    [InlineData("de", "häuser", "haus")]
    [InlineData("fr", "continuellement", "continuel")]
    [InlineData("es", "corriendo", "corr")]
    public void Snowball_stems(string language, string word, string stem)
    {
        Assert.Equal(stem, Stemmers.For(language).Stem(word));
    }

    [Fact]
    public void Unknown_languages_fall_back_to_identity()
    {
        Assert.False(Stemmers.Has("xx"));
        Assert.Same(IdentityStemmer.Instance, Stemmers.For("xx"));
        Assert.Equal("words", Stemmers.For("xx").Stem("words"));
    }

    [Fact]
    public void The_first_class_languages_have_stemmers()
    {
        foreach (var language in new[] { "en", "ru", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "hu", "ro", "tr" })
            Assert.True(Stemmers.Has(language), language);
    }

    [Fact]
    public void Each_thread_gets_its_own_stemmer()
    {
        IWordStemmer? other = null;
        var thread = new Thread(() => other = Stemmers.For("en"));
        thread.Start();
        thread.Join();
        Assert.NotSame(Stemmers.For("en"), other);
    }
}
