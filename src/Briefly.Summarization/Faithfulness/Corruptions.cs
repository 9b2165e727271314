using System.Globalization;
using System.Text.RegularExpressions;
using Briefly.Text;
using Briefly.Text.Languages;
using Briefly.Text.Stemming;
using Briefly.Text.Tokenization;

namespace Briefly.Summarization.Faithfulness;

/// <summary>The kinds of invented facts <c>briefly guard-eval</c> plants in faithful sentences.</summary>
public enum Corruption
{
    Number,
    Date,
    Name,
    Negation,
}

/// <summary>
/// Makes an unfaithful copy of a (faithful) sentence: a number changed to one the article does not hold, a month,
/// weekday or year shifted, a name swapped for another name from the same article, or a negation inserted. Null when
/// the sentence has nothing of that kind to change. Deterministic, so a measurement can be repeated.
/// </summary>
public static partial class Corruptions
{
    // "в среду": the form news writes a day in, which the culture data (nominative names) does not have.
    private static readonly string[] RussianDaysAccusative = ["воскресенье", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу"];

    private static readonly HashSet<string> EnglishAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
    };

    public static string? Apply(Corruption kind, string sentence, string article, string language) => kind switch
    {
        Corruption.Number => Number(sentence, article),
        Corruption.Date => Date(sentence, language),
        Corruption.Name => Name(sentence, article, language),
        Corruption.Negation => Negation(sentence, language),
        _ => null,
    };

    private static string? Number(string sentence, string article)
    {
        var m = NumberPattern().Match(sentence);
        if (!m.Success || m.Value.Length > 9)
            return null;
        var held = new HashSet<string>(Tokenizer.Tokenize(article).Select(t => ClaimWords.Number(t.Slice(article))), StringComparer.Ordinal);
        var n = long.Parse(m.Value, CultureInfo.InvariantCulture);
        foreach (var candidate in new[] { n + 1, n + 2, (n * 2) + 3, n + 7 })
        {
            var text = candidate.ToString(CultureInfo.InvariantCulture);
            if (!held.Contains(text))
                return string.Concat(sentence.AsSpan(0, m.Index), text, sentence.AsSpan(m.Index + m.Length));
        }
        return null;
    }

    private static string? Date(string sentence, string language)
    {
        foreach (var token in Tokenizer.Tokenize(sentence))
        {
            var word = token.Slice(sentence);
            var dates = DateWords.For(language);
            // "The council may approve" has no month in it.
            var shifted = dates.Capitalized && !char.IsUpper(word[0]) ? null
                : dates.Cycles.Select(names => Next(names, word)).FirstOrDefault(n => n is not null)
                    ?? (language == "ru" ? Next(RussianDaysAccusative, word) : null);
            if (word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
                shifted = (year + 1).ToString(CultureInfo.InvariantCulture);
            if (shifted is not null)
                return Replace(sentence, token, shifted);
        }
        return null;
    }

    // Another capitalized word of the article, of the same stem nowhere in the sentence: the most frequent one, so
    // that it is a name the article is about, not a stray capital.
    private static string? Name(string sentence, string article, string language)
    {
        var stemmer = Stemmers.For(language);
        var stop = StopWords.For(language);
        var dateWords = DateWords.For(language);
        var tokens = Tokenizer.Tokenize(sentence);
        var inSentence = tokens.Select(t => stemmer.Stem(t.Slice(sentence).ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        // "The" after a quotation mark or "But" inside a quote has a capital and is no name.
        var capitalized = Capitalized(article).Where(w => !stop.Contains(w.ToLowerInvariant())).ToList();
        var candidates = capitalized.Where(w => !inSentence.Contains(stemmer.Stem(w.ToLowerInvariant()))).GroupBy(w => w)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var articleNames = capitalized.Select(w => stemmer.Stem(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Slice(sentence);
            if (!char.IsUpper(word[0]) || stop.Contains(word.ToLowerInvariant()) || !articleNames.Contains(stemmer.Stem(word.ToLowerInvariant())) || dateWords.IsDate(stemmer.Stem(word.ToLowerInvariant()), capital: true))
                continue;
            // Another name, not another form of this one ("Tunisian" for "Tunisia" changes no fact).
            var stem = stemmer.Stem(word.ToLowerInvariant());
            var other = candidates.FirstOrDefault(c => !dateWords.IsDate(stemmer.Stem(c.ToLowerInvariant()), capital: true) && !ClaimWords.SameRoot(stemmer.Stem(c.ToLowerInvariant()), stem));
            return other is null ? null : Replace(sentence, tokens[i], other);
        }
        return null;
    }

    private static string? Negation(string sentence, string language)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        if (language == "ru")
        {
            // Before the first word that looks like a verb in the past or present tense.
            for (var i = 1; i < tokens.Count; i++)
            {
                var word = tokens[i].Slice(sentence);
                // A verb already negated («не получила») is no place for another «не».
                if (word.Length > 3 && char.IsLower(word[0]) && RussianVerb().IsMatch(word) && !tokens[i - 1].Slice(sentence).Equals("не", StringComparison.OrdinalIgnoreCase))
                    return sentence.Insert(tokens[i].Start, "не ");
            }
            return null;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            // "has not approved" is negated already: "has not not approved" invents nothing.
            if (EnglishAuxiliaries.Contains(tokens[i].Slice(sentence)) && !(i + 1 < tokens.Count && tokens[i + 1].Slice(sentence) is "not" or "never"))
                return sentence.Insert(tokens[i].End, " not");
        }
        return null;
    }

    private static IEnumerable<string> Capitalized(string text)
    {
        // Words with a capital that do not open a sentence: names, places, organisations.
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Slice(text);
            var before = text[tokens[i - 1].End..tokens[i].Start];
            if (char.IsUpper(word[0]) && word.Length > 2 && !before.Contains('.') && !before.Contains('\n') && word.Any(char.IsLower))
                yield return word;
        }
    }

    private static string? Next(string[] names, string word)
    {
        var i = Array.FindIndex(names, n => n.Equals(word, StringComparison.OrdinalIgnoreCase));
        if (i < 0)
            return null;
        var next = names[(i + 1) % names.Length];
        return char.IsUpper(word[0]) ? char.ToUpperInvariant(next[0]) + next[1..] : next;
    }

    private static string Replace(string sentence, TextSpan token, string by) =>
        string.Concat(sentence.AsSpan(0, token.Start), by, sentence.AsSpan(token.End));

    [GeneratedRegex(@"(?<![\d.,])\d+(?![\d.,]\d)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(л|ла|ли|ло|ет|ит|ют|ут|ат|ят|ется|ится|ался|алась|ались)$")]
    private static partial Regex RussianVerb();
}
