using System.Globalization;

namespace Briefly.Web.Pages;

/// <summary>Dates and counts as the pages print them (the interface is English whatever the article's language).</summary>
public static class Format
{
    public const int WordsPerMinute = 230;

    public static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string ReadingTime(int words) => $"{Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute))} min read";
}
