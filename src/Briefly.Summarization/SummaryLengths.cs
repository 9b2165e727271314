using System.Globalization;

namespace Briefly.Summarization;

/// <summary>How long a summary may be, as each host allows it, and how the host spells its fields ("--" for the CLI).</summary>
public sealed record LengthLimits(int MaxSentences, int MaxWords, string FieldPrefix = "");

/// <summary>
/// The lengths a user can ask for — a preset, a number of sentences, a word budget or a ratio of the article's words —
/// read the same way by the API, the site and the CLI, each passing its own limits.
/// </summary>
public static class SummaryLengths
{
    /// <summary>The reader-facing presets: a one-line TL;DR, three points, a quarter of the text.</summary>
    public static IReadOnlyList<(string Name, SummaryLength Length)> Presets { get; } =
    [
        ("short", SummaryLength.Sentences(1)),
        ("medium", SummaryLength.Sentences(3)),
        ("long", SummaryLength.Ratio(0.25)),
    ];

    /// <summary>The length when none is asked for: the medium preset.</summary>
    public static SummaryLength Default => Presets[1].Length;

    /// <summary>
    /// Reads at most one of <paramref name="preset"/>, <paramref name="sentences"/>, <paramref name="words"/> and
    /// <paramref name="ratio"/>, as text (a query string, a JSON number, a command-line value); none gives
    /// <see cref="Default"/>. Ratios keep three decimals, all a reader can tell apart.
    /// </summary>
    public static bool TryParse(
        string? preset, string? sentences, string? words, string? ratio, LengthLimits limits, out SummaryLength length, out string error)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var p = limits.FieldPrefix;
        length = Default;
        error = "";
        var given = (preset is null ? 0 : 1) + (sentences is null ? 0 : 1) + (words is null ? 0 : 1) + (ratio is null ? 0 : 1);
        if (given > 1)
        {
            error = $"give at most one of {p}length, {p}sentences, {p}words and {p}ratio";
            return false;
        }
        if (preset is not null)
        {
            var found = Presets.FirstOrDefault(x => string.Equals(x.Name, preset, StringComparison.OrdinalIgnoreCase));
            if (found.Name is null)
                error = $"{p}length must be short, medium or long";
            else
                length = found.Length;
        }
        else if (sentences is not null)
        {
            if (WholeNumber(sentences, limits.MaxSentences) is { } n)
                length = SummaryLength.Sentences(n);
            else
                error = $"{p}sentences must be a whole number from 1 to {limits.MaxSentences}";
        }
        else if (words is not null)
        {
            if (WholeNumber(words, limits.MaxWords) is { } n)
                length = SummaryLength.Words(n);
            else
                error = $"{p}words must be a whole number from 1 to {limits.MaxWords}";
        }
        else if (ratio is not null)
        {
            if (double.TryParse(ratio, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var r) && Math.Round(r, 3) >= 0.001 && r <= 1)
                length = SummaryLength.Ratio(Math.Round(r, 3));
            else
                error = $"{p}ratio must be a number from 0.001 to 1";
        }
        return error.Length == 0;
    }

    private static int? WholeNumber(string text, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n : null;
}
