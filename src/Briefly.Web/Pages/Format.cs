using System.Globalization;

namespace Briefly.Web.Pages;

/// <summary>Dates and counts as the pages print them, in the page's language (the current culture).</summary>
public static class Format
{
    public const int WordsPerMinute = 230;

    /// <summary>"25 November 2026", "25 ноября 2026".</summary>
    public static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string IsoTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Minutes a reader needs for <paramref name="words"/> words, at least one.</summary>
    public static int Minutes(int words) => Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute));
}
