using System.Globalization;
using Briefly.Summarization;

namespace Briefly.Web.Summaries;

/// <summary>Which summary a reader asked for: a method and a length. Parsed from a query string or a JSON body.</summary>
public sealed record SummarySpec(string Method, SummaryLength Length)
{
    public const int MaxSentences = 50;
    public const int MaxWords = 5000;

    public static SummarySpec Medium { get; } = new("default", SummaryLength.Sentences(3));

    /// <summary>The reader-facing presets of the article page: a one-line TL;DR, three points, a quarter of the text.</summary>
    public static IReadOnlyList<(string Name, string Label, SummaryLength Length)> Presets { get; } =
    [
        ("short", "Short", SummaryLength.Sentences(1)),
        ("medium", "Medium", SummaryLength.Sentences(3)),
        ("long", "Long", SummaryLength.Ratio(0.25)),
    ];

    /// <summary>The part of the cache key that says how long the summary is.</summary>
    public string OptionsKey => Length.Unit switch
    {
        LengthUnit.Sentences => string.Create(CultureInfo.InvariantCulture, $"sentences={Length.Value:0}"),
        LengthUnit.Words => string.Create(CultureInfo.InvariantCulture, $"words={Length.Value:0}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"ratio={Length.Value:0.###}"),
    };

    /// <summary>
    /// Summaries kept in the store and in memory: the presets and up to ten sentences. Any other length is
    /// computed on request and not kept, so nobody can fill the cache by asking for thousands of lengths.
    /// </summary>
    public bool IsKept => PresetName is not null || (Length.Unit == LengthUnit.Sentences && Length.Value <= 10);

    public string? PresetName
    {
        get
        {
            foreach (var p in Presets)
            {
                if (p.Length == Length)
                    return p.Name;
            }
            return null;
        }
    }

    /// <summary>Reads `length`, `sentences`, `words`, `ratio` and `method`; at most one length may be given.</summary>
    public static bool TryParse(
        string? length, string? sentences, string? words, string? ratio, string? method, ISummarizerCatalog catalog, out SummarySpec spec, out string error)
    {
        spec = Medium;
        error = "";
        var given = (length is null ? 0 : 1) + (sentences is null ? 0 : 1) + (words is null ? 0 : 1) + (ratio is null ? 0 : 1);
        if (given > 1)
        {
            error = "give at most one of length, sentences, words and ratio";
            return false;
        }
        var size = SummaryLength.Sentences(3);
        if (length is not null)
        {
            var preset = Presets.FirstOrDefault(p => string.Equals(p.Name, length, StringComparison.OrdinalIgnoreCase));
            if (preset.Name is null)
            {
                error = "length must be short, medium or long";
                return false;
            }
            size = preset.Length;
        }
        else if (sentences is not null)
        {
            if (!int.TryParse(sentences, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxSentences)
            {
                error = $"sentences must be a whole number from 1 to {MaxSentences}";
                return false;
            }
            size = SummaryLength.Sentences(n);
        }
        else if (words is not null)
        {
            if (!int.TryParse(words, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxWords)
            {
                error = $"words must be a whole number from 1 to {MaxWords}";
                return false;
            }
            size = SummaryLength.Words(n);
        }
        else if (ratio is not null)
        {
            // Three decimals are all a reader can tell apart, and all the cache key holds.
            if (!double.TryParse(ratio, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var r) || Math.Round(r, 3) < 0.001 || r > 1)
            {
                error = "ratio must be a number from 0.001 to 1";
                return false;
            }
            size = SummaryLength.Ratio(Math.Round(r, 3));
        }

        ArgumentNullException.ThrowIfNull(catalog);
        if (!catalog.TryGet(string.IsNullOrEmpty(method) ? "default" : method, out var summarizer, out error))
            return false;
        spec = new SummarySpec(summarizer.Name, size);
        return true;
    }
}
