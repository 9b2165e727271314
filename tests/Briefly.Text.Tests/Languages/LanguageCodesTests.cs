using Briefly.Text.Languages;

namespace Briefly.Text.Tests.Languages;

public sealed class LanguageCodesTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData(" RU ", "ru")]
    [InlineData("uk", "uk")]
    [InlineData("auto", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Iso_639_1_codes_and_auto_are_accepted(string? value, string? expected)
    {
        Assert.True(LanguageCodes.TryParse(value, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("tlh")]
    [InlineData("eng")]
    [InlineData("english")]
    [InlineData("e1")]
    public void Anything_else_is_refused(string value) => Assert.False(LanguageCodes.TryParse(value, out _));

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("ru_RU", "ru")]
    [InlineData("x-klingon", null)]
    [InlineData("tlh-Latn", null)]
    public void A_tag_gives_its_language_when_it_names_one(string tag, string? expected) =>
        Assert.Equal(expected, LanguageCodes.FromTag(tag));
}
