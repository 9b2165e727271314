using System.Globalization;
using Briefly.Summarization;

namespace Briefly.Web.Summaries;

/// <summary>Which summary a reader asked for: a method and a length. Parsed from a query string or a JSON body.</summary>
public sealed record SummarySpec(string Method, SummaryLength Length)
{
    /// <summary>What the API and the pages accept: far more than a reader needs, far less than an abuse costs.</summary>
    public static LengthLimits Limits { get; } = new(MaxSentences: 50, MaxWords: 5000);

    public static SummarySpec Medium { get; } = new("default", SummaryLengths.Default);

    /// <summary>The presets (<see cref="SummaryLengths.Presets"/>) with the key of their label in the interface text: Short, Medium, Long.</summary>
    public static IReadOnlyList<(string Name, string Label, SummaryLength Length)> Presets { get; } =
        [.. SummaryLengths.Presets.Select(p => (p.Name, char.ToUpperInvariant(p.Name[0]) + p.Name[1..], p.Length))];

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
    public bool IsKept => PresetName is not null || (Length.Unit == LengthUnit.Sentences && Length.Value <= MaxKeptSentences);

    /// <summary>Besides the presets, summaries of up to this many sentences are kept.</summary>
    public const int MaxKeptSentences = 10;

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

    /// <summary>
    /// As <see cref="TryParse"/>, for an article's summary, where anyone may ask: a remote method (a model billed per
    /// request) only at the lengths that are kept, so that each article costs at most a few model calls.
    /// </summary>
    public static bool TryParseForArticle(
        string? length, string? sentences, string? words, string? ratio, string? method, ISummarizerCatalog catalog, out SummarySpec spec, out string error)
    {
        if (!TryParse(length, sentences, words, ratio, method, catalog, out spec, out error))
            return false;
        if (spec.IsKept || !catalog.TryGet(spec.Method, out var summarizer, out _) || !summarizer.IsRemote)
            return true;
        error = $"method '{spec.Method}' takes length short, medium or long, or up to {MaxKeptSentences} sentences";
        return false;
    }

    /// <summary>Reads `length`, `sentences`, `words`, `ratio` and `method`; at most one length may be given.</summary>
    public static bool TryParse(
        string? length, string? sentences, string? words, string? ratio, string? method, ISummarizerCatalog catalog, out SummarySpec spec, out string error)
    {
        spec = Medium;
        if (!SummaryLengths.TryParse(length, sentences, words, ratio, Limits, out var size, out error))
            return false;
        ArgumentNullException.ThrowIfNull(catalog);
        if (!catalog.TryGet(string.IsNullOrEmpty(method) ? "default" : method, out var summarizer, out error))
            return false;
        spec = new SummarySpec(summarizer.Name, size);
        return true;
    }
}
