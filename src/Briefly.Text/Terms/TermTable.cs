using Briefly.Text.Languages;
using Briefly.Text.Stemming;

namespace Briefly.Text.Terms;

/// <summary>
/// Maps a token's surface form to a stem id and a stop-word flag for one language, remembering every answer:
/// a news vocabulary is small, so after warm-up a token costs one span-keyed hash lookup and no allocation.
/// Not thread-safe; <see cref="For"/> hands out one table per thread and language.
/// </summary>
public sealed class TermTable
{
    private const int MaxEntries = 200_000;
    private const int MaxTokenLength = 64;

    private readonly string _language;
    private readonly IWordStemmer _stemmer;
    private readonly StopWordSet _stopWords;
    private readonly Dictionary<string, Term> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term>.AlternateLookup<ReadOnlySpan<char>> _surfaceLookup;
    private readonly Dictionary<string, int> _stemIds = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static Dictionary<string, TermTable>? t_tables;

    private TermTable(string language)
    {
        _language = language;
        _stemmer = Stemmers.For(language);
        _stopWords = StopWords.For(language);
        _surfaceLookup = _bySurface.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Language => _language;

    /// <summary>Number of distinct stems seen; stem ids are below this.</summary>
    public int StemCount => _stemIds.Count;

    public static TermTable For(string language)
    {
        t_tables ??= new Dictionary<string, TermTable>(StringComparer.OrdinalIgnoreCase);
        if (!t_tables.TryGetValue(language, out var table))
        {
            table = new TermTable(language);
            t_tables[language] = table;
        }
        return table;
    }

    /// <summary>The term of a token as it stands in the text (any case).</summary>
    public Term Lookup(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxTokenLength)
            token = token[..MaxTokenLength];
        Span<char> lower = stackalloc char[MaxTokenLength];
        lower = lower[..token.Length];
        ToLower(token, lower);
        if (_surfaceLookup.TryGetValue(lower, out var term))
            return term;
        return Add(lower);
    }

    private static void ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= 128)
            {
                // Rare in English, common elsewhere: the culture-invariant mapping handles every script.
                source[i..].ToLowerInvariant(destination[i..]);
                return;
            }
            destination[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }
    }

    private Term Add(ReadOnlySpan<char> lower)
    {
        if (_bySurface.Count >= MaxEntries)
        {
            // Ids must stay stable while a caller holds them, so only the surface memo is dropped.
            _bySurface.Clear();
        }
        var surface = lower.ToString();
        var stem = _stemmer.Stem(surface);
        if (!_stemIds.TryGetValue(stem, out var id))
        {
            id = _stemIds.Count;
            _stemIds[stem] = id;
        }
        var term = new Term(id, _stopWords.Contains(lower) || IsPunctuationLike(lower));
        _bySurface[surface] = term;
        return term;
    }

    // A lone digit or letter carries no topic ("3", "a"): treat it like a stop word for similarity.
    private static bool IsPunctuationLike(ReadOnlySpan<char> s) => s.Length == 1;
}

/// <summary>A stem id (dense, per language and thread) and whether the word is a stop word.</summary>
public readonly record struct Term(int StemId, bool IsStopWord);
