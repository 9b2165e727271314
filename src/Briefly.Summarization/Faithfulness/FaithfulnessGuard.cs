using Briefly.Text;
using Briefly.Text.Segmentation;

namespace Briefly.Summarization.Faithfulness;

/// <summary>Whether a written sentence is supported by the article, and by which of its sentences.</summary>
/// <param name="Supported">True when every check passed.</param>
/// <param name="Reason">Why not: "number", "date", "name", "negation" or "coverage"; null when supported.</param>
/// <param name="Sources">The (at most two) article sentences that support it, as spans into the article text.</param>
/// <param name="Coverage">The share of the sentence's content words those sentences hold.</param>
/// <param name="Unsupported">The words (stems) that failed the check, for a reader to see why.</param>
public sealed record GuardVerdict(bool Supported, string? Reason, IReadOnlyList<TextSpan> Sources, double Coverage, IReadOnlyList<string>? Unsupported = null);

/// <summary>
/// Checks a sentence someone else wrote (a language model) against the article it claims to summarize: its content
/// words must be covered by at most two article sentences (<see cref="MinCoverage"/>), chosen by what it says other
/// than its names; its names and dates (in any inflection: Snowball stems) must occur in those sentences, or at least
/// in the article when the sources name no one (no day) the sentence leaves out — so a name swapped for another name
/// of the same article, or a shifted date, fails even though both occur in the article; names written together must be
/// written together in the article, and a name must not stand where its source writes another name next to the same
/// word; a day or year written with its month must be written with that month in the article; its numbers must occur
/// in the article; and a negation fails unless the supporting sentences negate one of the (up to three) words it
/// negates.
/// </summary>
public sealed class FaithfulnessGuard
{
    /// <summary>The share of a sentence's content words its supporting sentences must hold.</summary>
    public const double MinCoverage = 0.5;

    private readonly string _language;
    private readonly List<TextSpan> _sentences = [];
    private readonly List<ClaimWords> _claims = [];

    // A number is a number wherever the article states it; a changed one is nowhere in it.
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _monthDays = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly List<string[]> _runs = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <param name="article">The article text (paragraphs separated by "\n").</param>
    /// <param name="language">Its ISO 639-1 code.</param>
    public FaithfulnessGuard(string article, string language)
        : this(article, SentenceSegmenter.Split(article ?? throw new ArgumentNullException(nameof(article)), language), language)
    {
    }

    /// <param name="article">The article text.</param>
    /// <param name="sentences">Its sentences, already found (an analysed document's), in order: the only possible sources.</param>
    /// <param name="language">Its ISO 639-1 code.</param>
    public FaithfulnessGuard(string article, IReadOnlyList<TextSpan> sentences, string language)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(language);
        _language = language;
        _sentences.AddRange(sentences);
        foreach (var span in _sentences)
            _claims.Add(ClaimWords.Of(article, span, language));
        foreach (var claim in _claims)
        {
            // The article's "Boston-area snow" states "Boston" for a sentence that says it alone.
            claim.Content.UnionWith(claim.Parts);
            _numbers.UnionWith(claim.Numbers);
            _dates.UnionWith(claim.Dates);
            _monthDays.UnionWith(claim.MonthDays);
            _words.UnionWith(claim.Content);
            _names.UnionWith(claim.Names);
            _runs.AddRange(claim.Runs);
        }
    }

    public GuardVerdict Check(string sentence)
    {
        var claim = Read(sentence);
        var support = Support(claim);
        var held = new HashSet<string>(StringComparer.Ordinal);
        var supportNames = new HashSet<string>(StringComparer.Ordinal);
        var supportDates = new HashSet<string>(StringComparer.Ordinal);
        var negated = false;
        foreach (var i in support)
        {
            held.UnionWith(_claims[i].Content);
            supportNames.UnionWith(_claims[i].Names);
            supportDates.UnionWith(_claims[i].Dates);
            negated |= _claims[i].Negated;
        }
        var sources = support.Order().Select(i => _sentences[i]).ToList();
        var coverage = claim.Content.Count == 0 ? 1 : claim.Content.Count(held.Contains) / (double)claim.Content.Count;
        var (reason, words) =
            Missing(claim.Numbers, _numbers) is { Count: > 0 } numbers ? ("number", numbers)
            : Swapped(claim.Dates, supportDates, supportDates, _dates) is { Count: > 0 } dates ? ("date", dates)
            : Missing(claim.MonthDays, _monthDays) is { Count: > 0 } days ? ("date", days)
            : Swapped(claim.Names, NamesHeld(claim, held, support), supportNames, _words) is { Count: > 0 } names ? ("name", names)
            : Unjoined(claim) is { Count: > 0 } run ? ("name", run)
            : Displaced(claim, support) is { Count: > 0 } displaced ? ("name", displaced)
            : claim.Negated && !negated ? ("negation", [])
            : Unnegated(claim, support) is { Count: > 0 } scope ? ("negation", scope)
            : coverage < MinCoverage ? ("coverage", Missing(claim.Content, held))
            : ((string?)null, (List<string>)[]);
        return new GuardVerdict(reason is null, reason, sources, coverage, words);
    }

    // A written sentence in the guard's terms, its first word read as a name when the article writes it as one.
    private ClaimWords Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var claim = ClaimWords.Of(sentence, new TextSpan(0, sentence.Length), _language);
        claim.NameOpening(_names);
        return claim;
    }

    /// <summary>
    /// The names the sources hold: their own; the other names of a run that has one of them, where the article writes
    /// that run ("Isaac Herzog's party" for a source's "Herzog's party" when the article names Isaac Herzog); and an
    /// abbreviation the sources spell out ("NTSB" for "the National Transportation Safety Board").
    /// </summary>
    private HashSet<string> NamesHeld(ClaimWords claim, HashSet<string> held, List<int> support)
    {
        var names = new HashSet<string>(held, StringComparer.Ordinal);
        foreach (var run in claim.Runs)
        {
            if (run.Any(held.Contains) && Written(run))
                names.UnionWith(run);
        }
        foreach (var (stem, letters) in claim.Acronyms)
        {
            // Spelt out ("the United States"), or the same letters written another way ("US" for "U.S.").
            if (support.Any(i => _claims[i].Initials.Any(p => p.Contains(letters, StringComparison.Ordinal)) || _claims[i].Acronyms.Any(a => a.Letters == letters)))
                names.Add(stem);
        }
        return names;
    }

    // A negation the sources have, but of something else: "the council has not approved the bridge" where the source
    // says the council approved it and has not set a date. What a negation negates is the few words after it.
    private List<string> Unnegated(ClaimWords claim, List<int> support)
    {
        var negatedThere = support.SelectMany(i => _claims[i].Negations).SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        var scope = claim.Negations.FirstOrDefault(s => s.Count > 0 && !s.Overlaps(negatedThere));
        return scope is null ? [] : [.. scope];
    }

    /// <summary>
    /// The numbers, dates and names of a sentence the article does not have anywhere (stems; a full name the article
    /// writes and an abbreviation it spells out count as its own). <see cref="Check"/> refuses a sentence with any,
    /// whatever the sources (and refuses more: names or days the article never writes together): such a sentence is
    /// not supported by this article, however faithful to the event.
    /// </summary>
    public IReadOnlyList<string> Absent(string sentence)
    {
        var claim = Read(sentence);
        var everywhere = Enumerable.Range(0, _claims.Count).ToList();
        return [.. Missing(claim.Numbers, _numbers), .. Missing(claim.Dates, _dates), .. Missing(claim.Names, NamesHeld(claim, _words, everywhere))];
    }

    // A run of names the article never writes together ("Kurt Delaware" from "Kurt Busch" and "Delaware's Dover"):
    // its names are all the article's, but not as one name.
    private List<string> Unjoined(ClaimWords claim) =>
        [.. claim.Runs.FirstOrDefault(run => run.Length >= 2 && !Written(run)) ?? []];

    // Whether the article writes a run's names together and in its order: "Vladimir Putin" and "Russian Putin" in
    // "Russian President Vladimir Putin", but not "CNN Call News" in "CNN Student News Roll Call".
    private bool Written(string[] run) => _runs.Any(written => InOrder(run, written));

    private static bool InOrder(string[] run, string[] written)
    {
        var at = 0;
        foreach (var w in written)
        {
            if (at < run.Length && run[at] == w)
                at++;
        }
        return at == run.Length;
    }

    // A name standing where the source that holds it writes another name the sentence leaves out, next to the same
    // word: "four Palestinian border police" from "a Palestinian man hit four Israeli border police". Both names are
    // the source's, so only their places tell. A name the article writes next to that word somewhere passes.
    private List<string> Displaced(ClaimWords claim, List<int> support)
    {
        for (var k = 0; k < claim.Runs.Count; k++)
        {
            var run = claim.Runs[k];
            foreach (var (word, after) in new[] { (claim.Edges[k].Before, false), (claim.Edges[k].After, true) })
            {
                if (word is null)
                    continue;
                var displaces = support.Any(i => run.All(_claims[i].Content.Contains)
                    && Beside(_claims[i], word, after).Any(other => !Shares(_claims[i].Runs[other], run) && !Joined(_claims[i], other, run)
                        && _claims[i].Runs[other].Any(n => _claims[i].Names.Contains(n) && !claim.Names.Contains(n) && n != claim.Opening)));
                if (displaces && !_claims.Any(c => Beside(c, word, after).Any(other => Shares(c.Runs[other], run))))
                    return [.. run];
            }
        }
        return [];
    }

    // "Syrian military" and "Syria's military" name one country.
    private static bool Shares(string[] a, string[] b) => a.Any(x => b.Any(y => ClaimWords.SameRoot(x, y)));

    // The runs of names (their indexes) a sentence writes the word right after (after: true) or right before.
    private static IEnumerable<int> Beside(ClaimWords claim, string word, bool after)
    {
        for (var k = 0; k < claim.Runs.Count; k++)
        {
            if ((after ? claim.Edges[k].After : claim.Edges[k].Before) == word)
                yield return k;
        }
    }

    // Whether a run of the source sits right next to one that shares the sentence's name: "Delaware's Dover speedway"
    // is one place, which "the Delaware speedway" names too.
    private static bool Joined(ClaimWords source, int other, string[] run)
    {
        var (first, last) = source.Places[other];
        for (var k = 0; k < source.Runs.Count; k++)
        {
            if (k != other && (source.Places[k].Last == first - 1 || source.Places[k].First == last + 1) && Shares(source.Runs[k], run))
                return true;
        }
        return false;
    }

    private static List<string> Missing(HashSet<string> claimed, HashSet<string> held) => [.. claimed.Where(w => !held.Contains(w))];

    /// <summary>
    /// The names (or dates) of a sentence its supporting sentences do not hold, when that looks like a swap: one the
    /// article does not have at all, or any while the supporting sentences name someone (or a day) the sentence does
    /// not — "Tom Vale said" where the source says "Ann Reed said". A name from elsewhere in the article next to the
    /// ones the sources give (a commentator, the subject named in the first paragraph) passes.
    /// </summary>
    private static List<string> Swapped(HashSet<string> claimed, HashSet<string> held, HashSet<string> sourceTerms, HashSet<string> article)
    {
        var missing = Missing(claimed, held);
        if (missing.Count == 0)
            return missing;
        var replaced = sourceTerms.Any(t => !claimed.Contains(t));
        return [.. missing.Where(w => replaced || !article.Contains(w))];
    }

    // Greedy: the article sentence that holds most of the claim's words, then the one that holds most of the rest.
    private List<int> Support(ClaimWords claim)
    {
        // Chosen by what the sentence says, not by whom or when: a swapped name or a shifted date must not pull in the
        // sentences it comes from.
        var wanted = new HashSet<string>(claim.Content.Where(w => !claim.Names.Contains(w) && !claim.Dates.Contains(w)), StringComparer.Ordinal);
        wanted.UnionWith(claim.Numbers.Where(n => !claim.Dates.Contains(n)));
        var chosen = new List<int>(2);
        for (var round = 0; round < 2 && wanted.Count > 0; round++)
        {
            var (best, bestCount) = (-1, 0);
            for (var i = 0; i < _claims.Count; i++)
            {
                if (chosen.Contains(i))
                    continue;
                var c = _claims[i];
                var count = wanted.Count(w => c.Content.Contains(w) || c.Numbers.Contains(w));
                if (count > bestCount)
                    (best, bestCount) = (i, count);
            }
            if (best < 0)
                break;
            chosen.Add(best);
            wanted.RemoveWhere(w => _claims[best].Content.Contains(w) || _claims[best].Numbers.Contains(w));
        }
        return chosen;
    }
}
