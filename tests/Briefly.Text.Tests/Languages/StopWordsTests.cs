using Briefly.Text.Languages;

namespace Briefly.Text.Tests.Languages;

public class StopWordsTests
{
    [Theory]
    [InlineData("en", "the")]
    [InlineData("en", "THE")]
    [InlineData("ru", "что")]
    [InlineData("ru", "её")]
    [InlineData("uk", "що")]
    [InlineData("de", "und")]
    [InlineData("fr", "nous")]
    [InlineData("es", "para")]
    [InlineData("it", "della")]
    [InlineData("pt", "não")]
    [InlineData("nl", "niet")]
    [InlineData("sv", "och")]
    [InlineData("da", "ikke")]
    [InlineData("no", "ikke")]
    [InlineData("fi", "että")]
    [InlineData("hu", "hogy")]
    [InlineData("ro", "și")]
    [InlineData("ro", "şi")]
    [InlineData("tr", "için")]
    [InlineData("ca", "amb")]
    [InlineData("en", "don’t")]
    [InlineData("ur", "کے")]
    [InlineData("ur", "نہیں")]
    public void Contains_the_language_s_function_words(string language, string word)
    {
        var set = StopWords.For(language);
        Assert.True(set.Contains(word));
        Assert.True(set.Contains(word.AsSpan()));
    }

    [Theory]
    [InlineData("en", "government")]
    [InlineData("ru", "правительство")]
    [InlineData("de", "Regierung")]
    [InlineData("ur", "حکومت")]
    [InlineData("en", "")]
    public void Does_not_contain_content_words(string language, string word) =>
        Assert.False(StopWords.For(language).Contains(word));

    [Fact]
    public void Unknown_language_gives_the_empty_set()
    {
        Assert.Equal(0, StopWords.For("xx").Count);
        Assert.False(StopWords.For("xx").Contains("the"));
        Assert.Equal(0, StopWords.For("").Count);
    }

    [Fact]
    public void Lists_are_loaded_once_and_shared()
    {
        Assert.Same(StopWords.For("en"), StopWords.For("EN"));
        Assert.True(StopWords.For("en").Count > 100);
        Assert.True(StopWords.For("ru").Count > 100);
    }

    [Fact]
    public void Every_listed_language_has_words()
    {
        foreach (var language in StopWords.Languages)
            Assert.True(StopWords.For(language).Count > 20, language);
    }

    [Fact]
    public void Looks_up_slices_of_a_larger_string()
    {
        const string text = "men and women";
        var set = StopWords.For("en");
        Assert.False(set.Contains(text.AsSpan(0, 3)));
        Assert.True(set.Contains(text.AsSpan(4, 3)));
    }
}
