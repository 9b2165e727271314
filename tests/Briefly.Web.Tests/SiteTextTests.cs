using System.Collections;
using System.Globalization;
using System.Resources;
using Briefly.Web.Localization;

namespace Briefly.Web.Tests;

public class SiteTextTests
{
    private static readonly ResourceManager Resources = new(typeof(SiteText));

    public static TheoryData<string> Translations => [.. PageLanguage.Translated.Where(l => l != "en")];

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_interface_text_is_translated(string language)
    {
        var english = Keys(CultureInfo.InvariantCulture);
        var translated = Keys(CultureInfo.GetCultureInfo(language));

        Assert.Empty(english.Except(translated));
        Assert.Empty(translated.Except(english));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translations_keep_the_placeholders_of_the_english_text(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        foreach (var key in Keys(CultureInfo.InvariantCulture))
        {
            var english = Resources.GetString(key, CultureInfo.InvariantCulture)!;
            var translated = Resources.GetString(key, culture)!;
            for (var n = 0; n < 3; n++)
                Assert.True(english.Contains($"{{{n}}}", StringComparison.Ordinal) == translated.Contains($"{{{n}}}", StringComparison.Ordinal), $"{key}: {{{n}}}");
        }
    }

    private static HashSet<string> Keys(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
}
