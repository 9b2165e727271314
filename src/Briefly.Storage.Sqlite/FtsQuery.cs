using Briefly.Text.Search;

namespace Briefly.Storage.Sqlite;

/// <summary>Turns what a reader typed into an FTS5 query that can only ever mean "all of these words, in any of their forms".</summary>
internal static class FtsQuery
{
    /// <summary>
    /// Each word becomes a group of its index terms, one per language the site holds (<see cref="SearchTerms"/>),
    /// each an FTS5 string: <c>("en_harbour" OR "ru_harbours") …</c>. Operators, column filters, '*', '-', NEAR( and
    /// stray quotes in the input are never more than text, as only tokens reach the query. Null when nothing
    /// searchable is left or no language is held.
    /// </summary>
    public static string? From(string? text, IReadOnlyCollection<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var words = SearchTerms.QueryWords(text);
        if (words.Count == 0 || languages.Count == 0)
            return null;
        var groups = new List<string>(words.Count);
        foreach (var word in words)
        {
            var terms = languages.Select(language => SearchTerms.Term(word, language)).Distinct(StringComparer.Ordinal)
                .Select(term => string.Concat("\"", term.Replace("\"", "\"\"", StringComparison.Ordinal), "\""));
            groups.Add(string.Concat("(", string.Join(" OR ", terms), ")"));
        }
        return string.Join(" AND ", groups);
    }
}
