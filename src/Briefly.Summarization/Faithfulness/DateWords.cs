namespace Briefly.Summarization.Faithfulness;

/// <summary>Month and weekday names by stem, for the languages the guard knows them in (English, Russian).</summary>
internal static class DateWords
{
    // Snowball stems of the names; Russian months and days are written in lower case, so a capital does not tell.
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "januari", "februari", "march", "april", "may", "june", "juli", "august", "septemb", "octob", "novemb", "decemb",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly string[] RussianPrefixes =
    [
        "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
        "понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен",
    ];

    /// <summary>Whether a stem names a month (not a weekday): the word a day's number or a year is written with.</summary>
    public static bool IsMonth(string stem, string language) => language switch
    {
        "en" => English.Contains(stem) && !stem.EndsWith("day", StringComparison.Ordinal),
        "ru" => Array.FindIndex(RussianPrefixes, p => p.Length == 2 ? stem is "ма" or "май" : stem.StartsWith(p, StringComparison.Ordinal)) is >= 0 and < 12,
        _ => false,
    };

    public static bool IsDate(string stem, string language) => language switch
    {
        "en" => English.Contains(stem),
        // "ма" alone is the stem of май/мая/мае; longer words starting so (магазин) are not months.
        "ru" => Array.Exists(RussianPrefixes, p => p.Length == 2 ? stem is "ма" or "май" : stem.StartsWith(p, StringComparison.Ordinal)),
        _ => false,
    };
}
