using System.Globalization;
using Briefly.Web.Site;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Localization;

/// <summary>
/// Which language a page's interface is in: an article's page speaks the article's language when the site has
/// its text, every other page (and an article in any other language) the site's language, <c>Briefly:Language</c>.
/// </summary>
public sealed class PageLanguage(IOptions<SiteOptions> options)
{
    /// <summary>Languages whose interface text is complete (SiteText.*.resx); a test keeps this list honest.</summary>
    public static IReadOnlyList<string> Translated { get; } = ["en", "ru"];

    public CultureInfo Site => CultureFor(options.Value.Language);

    public CultureInfo ForArticle(string language) =>
        Translated.Contains(language, StringComparer.OrdinalIgnoreCase) ? CultureFor(language) : Site;

    private static CultureInfo CultureFor(string language) =>
        CultureInfo.GetCultureInfo(Translated.Contains(language, StringComparer.OrdinalIgnoreCase) ? language.ToLowerInvariant() : "en");

    /// <summary>
    /// How a page's result runs in its language: the localizer, dates and numbers read the current culture, which
    /// flows into the rendering started here.
    /// </summary>
    public static IResult In(CultureInfo culture, IResult result) => new InCulture(culture, result);

    /// <summary>Makes <paramref name="culture"/> the current one for what follows in this flow: the localizer's text, dates, numbers.</summary>
    public static CultureInfo Use(CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return culture;
    }

    private sealed class InCulture(CultureInfo culture, IResult inner) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            Use(culture);
            await inner.ExecuteAsync(httpContext);
        }
    }
}

/// <summary>Lookups the pages make beyond a plain string.</summary>
public static class SiteTextExtensions
{
    /// <summary>A section's name in the current language when the site has it (Section:Science), else as stored.</summary>
    public static string Section(this IStringLocalizer<SiteText> text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = text["Section:" + name];
        return found.ResourceNotFound ? name : found.Value;
    }

    /// <summary>"N articles found" with the plural form the current language needs (Russian has three).</summary>
    public static string Found(this IStringLocalizer<SiteText> text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var form = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru"
            ? (count % 10, count % 100) switch
            {
                (1, not 11) => "FoundOne",
                ( >= 2 and <= 4, < 12 or > 14) => "FoundFew",
                _ => "FoundMany",
            }
            : count == 1 ? "FoundOne" : "FoundMany";
        return text[form, count];
    }
}
