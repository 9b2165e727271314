using Briefly.Text.Tokenization;

namespace Briefly.Text.Search;

/// <summary>
/// Which words of a text in one language match a reader's query, by the same stems the index compares: what a
/// results page highlights, and how it picks the sentence that answers the query best.
/// </summary>
public sealed class QueryMatcher
{
    private readonly string _language;
    private readonly HashSet<string> _stems;

    public QueryMatcher(string? query, string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        _language = language;
        var stemmer = Stemming.Stemmers.For(language);
        _stems = new HashSet<string>(SearchTerms.QueryWords(query).Select(stemmer.Stem), StringComparer.Ordinal);
    }

    /// <summary>How many different query words there are to match.</summary>
    public int WordCount => _stems.Count;

    /// <summary>The spans of <paramref name="text"/>'s words that match a query word, in order.</summary>
    public IReadOnlyList<TextSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Matches(text).Select(m => m.Span)];
    }

    /// <summary>How many different query words occur in <paramref name="text"/>.</summary>
    public int CountDistinct(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Matches(text).Select(m => m.Stem).Distinct(StringComparer.Ordinal).Count();
    }

    private IEnumerable<(TextSpan Span, string Stem)> Matches(string text)
    {
        if (_stems.Count == 0)
            yield break;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var stem = SearchTerms.Stem(token.Of(text), _language);
            if (_stems.Contains(stem))
                yield return (token, stem);
        }
    }
}
