namespace Briefly.Storage.Sqlite;

/// <summary>Turns what a reader typed into an FTS5 query that can only ever mean "all of these words".</summary>
internal static class FtsQuery
{
    /// <summary>An AND of this many words is already specific; more would only make the query costly.</summary>
    public const int MaxTerms = 32;

    /// <summary>
    /// Each whitespace-separated word becomes an FTS5 string (double quotes, inner quotes doubled), so operators,
    /// column filters, '*', '-', NEAR( and stray quotes are just text; FTS5 then splits the string with the table's
    /// own tokenizer, which makes "e-mail" the phrase "e mail". Words without a letter or digit are dropped;
    /// Russian "ё" is searched as "е".
    /// Null when nothing searchable is left.
    /// </summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var terms = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.Any(char.IsLetterOrDigit))
                continue;
            // Folded like the indexed text (see the full-text migration).
            var folded = word.Replace('ё', 'е').Replace('Ё', 'Е').Replace("\"", "\"\"", StringComparison.Ordinal);
            terms.Add(string.Concat("\"", folded, "\""));
            if (terms.Count == MaxTerms)
                break;
        }
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }
}
