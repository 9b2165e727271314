using Briefly.Text;
using Briefly.Text.Languages;
using Briefly.Text.Stemming;
using Briefly.Text.Tokenization;

namespace Briefly.Summarization.Faithfulness;

/// <summary>
/// What a sentence claims, word by word, in the terms the guard compares: content stems, numbers, names (capitalized
/// words that are not merely a sentence's first word), date words, and negations.
/// </summary>
internal sealed class ClaimWords
{
    private static readonly HashSet<string> EnglishNegations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    };

    private static readonly HashSet<string> RussianNegations = new(StringComparer.Ordinal)
    {
        "не", "нет", "ни", "никогда", "ничего", "никто", "ничто", "нельзя", "без",
    };

    public HashSet<string> Content { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Numbers { get; } = new(StringComparer.Ordinal);

    /// <summary>The stems of the parts of hyphenated words, which a name or a word elsewhere may stand for alone.</summary>
    public HashSet<string> Parts { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Dates { get; } = new(StringComparer.Ordinal);

    public bool Negated => Negations.Count > 0;

    /// <summary>
    /// A month with the number written right next to it, as "month|number": "31 декабря" and "January 2022" are
    /// "декабр|31" and "januari|2022". A day or year moved to another month is a date the article does not write.
    /// </summary>
    public HashSet<string> MonthDays { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// For each negation, the content stems that follow it in its clause (up to three): what it negates ("not
    /// approved the bridge" negates "approv", "bridg").
    /// </summary>
    public List<HashSet<string>> Negations { get; } = [];

    /// <summary>
    /// The stem of a capitalized first word, which may be a name or merely open the sentence: the article tells
    /// (<see cref="NameOpening"/>). It is not one of <see cref="Names"/> (a name the sources must hold), but opens the
    /// first of <see cref="Runs"/>, so that an article's runs include the names that open its sentences.
    /// </summary>
    public string? Opening { get; private set; }

    /// <summary>
    /// The stems of each run of names written together ("Kurt Busch", "St James' Park"): a possessive, punctuation
    /// or any lower-case word ends a run.
    /// </summary>
    public List<string[]> Runs { get; } = [];

    /// <summary>
    /// For each of <see cref="Runs"/>, the content word written right before and right after it (null when there is
    /// none: a function word, punctuation, a number or the sentence's edge): "Israeli" in "the Israeli border police"
    /// has (null, "border").
    /// </summary>
    public List<(string? Before, string? After)> Edges { get; } = [];

    /// <summary>Words written in capitals alone ("NTSB"), by stem, with their letters: abbreviations a source may spell out.</summary>
    public List<(string Stem, string Letters)> Acronyms { get; } = [];

    /// <summary>
    /// The initials of each phrase of capitalized words (function words between them allowed): "the National
    /// Transportation Safety Board said" gives "NTSB", which the abbreviation stands for.
    /// </summary>
    public List<string> Initials { get; } = [];

    /// <summary>For each of <see cref="Runs"/>, the indexes of its first and last words among the sentence's words.</summary>
    public List<(int First, int Last)> Places { get; } = [];

    // How many content words after a negation it is read to negate.
    private const int NegationReach = 3;

    public static ClaimWords Of(string text, TextSpan span, string language)
    {
        var words = new ClaimWords();
        var tokens = new List<TextSpan>();
        Tokenizer.Tokenize(text, span, tokens);
        var stemmer = Stemmers.For(language);
        var stop = StopWords.For(language);
        var dateWords = DateWords.For(language);
        var run = new List<string>();
        // Per token: its stem when it is a content word outside a run (plain), any content word (content), a number,
        // a month; and whether only white space separates it from the one before (joined).
        var plain = new string?[tokens.Count];
        var numbers = new string?[tokens.Count];
        var months = new string?[tokens.Count];
        var content = new string?[tokens.Count];
        var negations = new List<int>();
        var joined = new bool[tokens.Count];
        var runStart = -1;
        void EndRun()
        {
            if (run.Count > 0)
            {
                words.Runs.Add([.. run]);
                words.Places.Add((runStart, runStart + run.Count - 1));
            }
            run.Clear();
        }
        var initials = new System.Text.StringBuilder();
        void EndPhrase()
        {
            if (initials.Length >= 2)
                words.Initials.Add(initials.ToString());
            initials.Clear();
        }
        DottedAcronyms(text, tokens, stemmer, words.Acronyms);
        for (var i = 0; i < tokens.Count; i++)
        {
            joined[i] = i > 0 && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IsWhiteSpace();
            if (i > 0 && !joined[i])
            {
                EndRun();
                EndPhrase();
            }
            var raw = tokens[i].Slice(text);
            var lower = Fold(raw);
            if (char.IsUpper(raw[0]) && !raw.Any(char.IsDigit))
            {
                // "Paris Saint-Germain" is PSG.
                foreach (var part in raw.Split('-', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (char.IsUpper(part[0]))
                        initials.Append(part[0]);
                }
            }
            else if (!stop.Contains(lower))
            {
                EndPhrase();
            }
            if (raw.Length is >= 2 and <= 6 && raw.All(char.IsUpper))
                words.Acronyms.Add((stemmer.Stem(lower), raw));
            if (IsNegation(lower, language))
                negations.Add(i);
            if (raw.Any(char.IsDigit))
            {
                EndRun();
                var number = Number(raw);
                words.Numbers.Add(number);
                numbers[i] = number;
                // A year is a date as well as a number: it must be the sources' year, not just any year of the article.
                if (raw.Length == 4 && number.Length == 4 && int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
                    words.Dates.Add(number);
                continue;
            }
            // "Myanmar’s" and "Myanmar's" as "Myanmar"; "Boston-area" also as "Boston" and "area".
            lower = lower.Replace('’', '\'');
            var possessive = lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith('\'');
            if (lower.EndsWith("'s", StringComparison.Ordinal))
                lower = lower[..^2];
            var stem = stemmer.Stem(lower);
            if (dateWords.IsDate(stem, char.IsUpper(raw[0])))
                words.Dates.Add(stem);
            if (dateWords.IsMonth(stem, char.IsUpper(raw[0])))
                months[i] = stem;
            if (stop.Contains(lower))
            {
                EndRun();
                continue;
            }
            words.Content.Add(stem);
            content[i] = stem;
            if (lower.Contains('-', StringComparison.Ordinal))
            {
                foreach (var part in lower.Split('-', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!stop.Contains(part))
                        words.Parts.Add(stemmer.Stem(part));
                }
            }
            // A capital after the first word is a name; the first word may be one too, which the article tells.
            if (char.IsUpper(raw[0]) && !dateWords.IsDate(stem, capital: true))
            {
                if (i == 0)
                    words.Opening = stem;
                else
                    words.Names.Add(stem);
                if (run.Count == 0)
                    runStart = i;
                run.Add(stem);
                if (possessive)
                    EndRun();
            }
            else
            {
                EndRun();
                plain[i] = stem;
            }
        }
        EndRun();
        EndPhrase();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (months[i] is not { } month)
                continue;
            if (i > 0 && joined[i] && numbers[i - 1] is { } before && IsDay(before))
                words.MonthDays.Add($"{month}|{before}");
            if (i + 1 < tokens.Count && joined[i + 1] && numbers[i + 1] is { } after && IsDay(after))
                words.MonthDays.Add($"{month}|{after}");
            // "December 31, 2021" writes the year with its month too.
            for (var k = i + 1; k < Math.Min(tokens.Count, i + 4); k++)
            {
                if (numbers[k] is { } year && IsYear(year))
                {
                    words.MonthDays.Add($"{month}|{year}");
                    break;
                }
            }
        }
        foreach (var n in negations)
        {
            // "didn't approve": the contraction's own word is no part of what it negates.
            var scope = new HashSet<string>(StringComparer.Ordinal);
            for (var k = n + 1; k < tokens.Count && joined[k] && scope.Count < NegationReach; k++)
            {
                if (content[k] is { } word)
                    scope.Add(word);
            }
            words.Negations.Add(scope);
        }
        foreach (var (first, last) in words.Places)
        {
            var before = first > 0 && joined[first] ? plain[first - 1] : null;
            var after = last + 1 < tokens.Count && joined[last + 1] ? plain[last + 1] : null;
            words.Edges.Add((before, after));
        }
        return words;
    }

    /// <summary>
    /// Settles <see cref="Opening"/> of a written sentence: it stays in its run when the article writes that word with
    /// a capital inside a sentence ("Tom Bieber appears..." is the run "Tom Bieber", which no article that writes "Tom
    /// Hanks" and "Justin Bieber" has), otherwise it is just the sentence's first word and leaves the runs.
    /// </summary>
    public void NameOpening(IReadOnlySet<string> articleNames)
    {
        if (Opening is not { } opening)
            return;
        if (articleNames.Contains(opening))
            return;
        if (Runs.Count > 0 && Runs[0].Length > 0 && Runs[0][0] == opening)
        {
            if (Runs[0].Length == 1)
            {
                Runs.RemoveAt(0);
                Edges.RemoveAt(0);
                Places.RemoveAt(0);
            }
            else
            {
                Runs[0] = Runs[0][1..];
                Edges[0] = (opening, Edges[0].After);
                Places[0] = (Places[0].First + 1, Places[0].Last);
            }
        }
        Opening = null;
    }

    // "U.S." and "U.N." are the abbreviations "US" and "UN", though written as letters apart.
    private static void DottedAcronyms(string text, List<TextSpan> tokens, IWordStemmer stemmer, List<(string Stem, string Letters)> acronyms)
    {
        for (var i = 0; i < tokens.Count;)
        {
            var end = i;
            while (end + 1 < tokens.Count && IsLetter(tokens[end]) && IsLetter(tokens[end + 1])
                && text.AsSpan(tokens[end].End, tokens[end + 1].Start - tokens[end].End).SequenceEqual("."))
                end++;
            if (end > i)
            {
                var letters = string.Concat(Enumerable.Range(i, end - i + 1).Select(k => text[tokens[k].Start]));
                for (var k = i; k <= end; k++)
                    acronyms.Add((stemmer.Stem(char.ToLowerInvariant(text[tokens[k].Start]).ToString()), letters));
            }
            i = end + 1;
        }

        bool IsLetter(TextSpan token) => token.Length == 1 && char.IsUpper(text[token.Start]);
    }

    /// <summary>A word as the guard compares it: lower case, «ё» as «е» (Russian writes either).</summary>
    internal static string Fold(string word) => word.ToLowerInvariant().Replace('ё', 'е');

    private static bool IsDay(string number) => int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;

    private static bool IsYear(string number) => number.Length == 4 && int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100;

    /// <summary>One name in two forms Snowball leaves apart: "bangladeshi" and "bangladesh", «российск» and «росс».</summary>
    internal static bool SameRoot(string a, string b) =>
        a == b || (a.Length >= 4 && b.Length >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    /// <summary>"1,000", "1 000" and "1000" alike; "3.5" stays a decimal.</summary>
    internal static string Number(string token) =>
        new([.. token.Where(c => char.IsDigit(c) || c == '.')]);

    private static bool IsNegation(string lower, string language) => language switch
    {
        "ru" => RussianNegations.Contains(lower),
        _ => EnglishNegations.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal),
    };
}
