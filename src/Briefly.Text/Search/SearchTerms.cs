using System.Text;
using Briefly.Text.Stemming;
using Briefly.Text.Tokenization;

namespace Briefly.Text.Search;

/// <summary>
/// Words as a full-text index keeps them: each token lower-cased, Russian "ё" as "е", reduced to its Snowball stem
/// in the article's language and tagged with that language ("en_harbour", "ru_льнокомбинат"). A reader's word is
/// looked up once per language the site holds, so "harbours" finds "harbour" in English articles and
/// "льнокомбината" finds "льнокомбинат" in Russian ones, while a stem that only another language's rules produce
/// ("news" cut to "new" by a Spanish stemmer) does not match English "new".
/// </summary>
/// <remarks>
/// A term is one token for any tokenizer that keeps letters, digits and '_' together (SQLite FTS5's unicode61 with
/// <c>tokenchars '_'</c>): the characters that join a word ("well-known", "don't", "3.5") become '_'.
/// </remarks>
public static class SearchTerms
{
    /// <summary>An AND of this many words is already specific; more would only make a query costly.</summary>
    public const int MaxQueryWords = 32;

    /// <summary>The index terms of <paramref name="text"/> in <paramref name="language"/>, separated by spaces.</summary>
    public static string Index(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var stemmer = Stemmers.For(language);
        var builder = new StringBuilder(text.Length + tokens.Count * 4);
        foreach (var token in tokens)
        {
            if (builder.Length > 0)
                builder.Append(' ');
            AppendTerm(builder, stemmer.Stem(Normalize(token.Of(text))), language);
        }
        return builder.ToString();
    }

    /// <summary>A reader's words, each lower-cased and folded as the index folds them (at most <see cref="MaxQueryWords"/>).</summary>
    public static IReadOnlyList<string> QueryWords(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
            return [];
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(query))
        {
            var word = Normalize(token.Of(query));
            if (!words.Contains(word))
                words.Add(word);
            if (words.Count == MaxQueryWords)
                break;
        }
        return words;
    }

    /// <summary>The index term <paramref name="word"/> (from <see cref="QueryWords"/>) has in an article in <paramref name="language"/>.</summary>
    public static string Term(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        var builder = new StringBuilder(word.Length + 4);
        AppendTerm(builder, Stemmers.For(language).Stem(word), language);
        return builder.ToString();
    }

    /// <summary>The stem by which <paramref name="word"/> (any case) compares in <paramref name="language"/>.</summary>
    public static string Stem(ReadOnlySpan<char> word, string language) => Stemmers.For(language).Stem(Normalize(word));

    private static string Normalize(ReadOnlySpan<char> token)
    {
        Span<char> lower = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        token.ToLowerInvariant(lower);
        lower.Replace('ё', 'е');
        return new string(lower);
    }

    private static void AppendTerm(StringBuilder builder, string stem, string language)
    {
        foreach (var c in language)
            builder.Append(char.ToLowerInvariant(c));
        builder.Append('_');
        foreach (var c in stem)
            builder.Append(Tokenizer.IsWordChar(c) ? c : '_');
    }
}
