using System.Collections.Concurrent;
using System.Globalization;
using Briefly.Text.Stemming;

namespace Briefly.Summarization.Faithfulness;

/// <summary>
/// A language's month and weekday names by Snowball stem, from the platform's culture data (ICU), so that every
/// language .NET knows has them: "января" and "январе" are the month of "январь", "Friday" a day.
/// </summary>
internal sealed class DateWords
{
    private static readonly ConcurrentDictionary<string, DateWords> Known = new(StringComparer.Ordinal);

    private readonly HashSet<string> _months = new(StringComparer.Ordinal);
    private readonly HashSet<string> _days = new(StringComparer.Ordinal);

    private DateWords(string language)
    {
        if (Format(language) is not { } format)
            return;
        var stemmer = Stemmers.For(language);
        // Twelve months: a thirteenth (some calendars have one) is no Gregorian date.
        string[][] months = [format.MonthNames[..12], format.MonthGenitiveNames[..12]];
        foreach (var names in months.Append(format.DayNames))
        {
            if (names.All(n => n.Length > 0) && !Cycles.Any(c => c.SequenceEqual(names)))
                Cycles.Add(names);
        }
        // Folded as ClaimWords folds a word, so that the stems meet.
        foreach (var name in months.SelectMany(n => n).Where(n => n.Length > 0))
            _months.Add(stemmer.Stem(ClaimWords.Fold(name)));
        foreach (var name in format.DayNames)
            _days.Add(stemmer.Stem(ClaimWords.Fold(name)));
        // English writes "May" for the month and "may" for the verb; Russian writes «мая» in lower case either way.
        Capitalized = char.IsUpper(format.MonthNames[0][0]);
    }

    /// <summary>The month names (in each form the culture has: "январь", "января") and the weekday names, in order.</summary>
    public List<string[]> Cycles { get; } = [];

    /// <summary>Whether the language writes month names with a capital (English, German), so that only those are.</summary>
    public bool Capitalized { get; }

    public static DateWords For(string language) => Known.GetOrAdd(language, static l => new DateWords(l));

    /// <summary>Whether a word (its stem, and whether it starts with a capital) names a month or a weekday.</summary>
    public bool IsDate(string stem, bool capital) => (capital || !Capitalized) && (_months.Contains(stem) || _days.Contains(stem));

    /// <summary>Whether a word names a month (not a weekday): the word a day's number or a year is written with.</summary>
    public bool IsMonth(string stem, bool capital) => (capital || !Capitalized) && _months.Contains(stem);

    private static DateTimeFormatInfo? Format(string language)
    {
        try
        {
            // Only a language the platform has data for: ICU makes up "M01" and "Sun" for any other code.
            var culture = CultureInfo.GetCultureInfo(language, predefinedOnly: true);
            return culture.Equals(CultureInfo.InvariantCulture) || culture.DateTimeFormat.MonthNames[0].Length == 0 ? null : culture.DateTimeFormat;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
