using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Selection;

/// <summary>
/// Picks the best-scoring sentences that fit the length and returns them in article order. Optionally it skips a
/// near-duplicate — a sentence at least <see cref="RepeatedShare"/> of whose word trigrams are in the sentences
/// already chosen — and keeps the summary readable on its own: a sentence that points back to the one before it
/// ("But", "He", "По его словам") or holds only part of a quotation comes with the neighbours it needs, as one
/// unit, or not at all.
/// </summary>
public static class SentenceSelector
{
    /// <summary>
    /// Blocking on any shared trigram (as in the summarization literature) also drops sentences that merely
    /// share a name or a phrase such as "the chief executive said" (measured in docs/summarizer.md); a share of
    /// 0.3 keeps them and still skips restatements.
    /// </summary>
    public const double RepeatedShare = 0.3;

    /// <summary>A sentence may bring at most this many neighbours; a longer chain of back-references is left out.</summary>
    public const int MaxNeighbours = 2;

    public static List<int> Select(Document document, ReadOnlySpan<double> scores, SummaryLength length, bool blockRepeats, bool readable = false)
    {
        var n = scores.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
            order[i] = i;
        var keys = scores.ToArray();
        // Highest score first; equal scores keep article order, so results are deterministic.
        Array.Sort(order, (a, b) => keys[b] != keys[a] ? keys[b].CompareTo(keys[a]) : a.CompareTo(b));

        var (maxSentences, maxWords) = Budget(document, length);
        var chosen = new List<int>();
        var inSummary = new bool[n];
        var skipped = new List<int>();
        var trigrams = new HashSet<(int, int, int)>();
        var words = 0;
        Pass(skipped);
        // A sentence turned away because its antecedent did not fit may read alone now that the antecedent is in.
        if (readable)
            Pass(null);
        // Blocking must not leave a summary shorter than asked when the text has nothing else to offer.
        foreach (var i in skipped)
        {
            if (chosen.Count >= maxSentences)
                break;
            if (!inSummary[i])
                TryTake(i);
        }
        // When every sentence needs neighbours that the budget or the text cannot give, the best sentence alone
        // is still better than no summary.
        if (chosen.Count == 0 && n > 0)
            chosen.Add(order[0]);
        chosen.Sort();
        return chosen;

        // Best first; a near-duplicate is set aside (into blocked, when given) for the last resort below.
        void Pass(List<int>? blocked)
        {
            foreach (var i in order)
            {
                if (chosen.Count >= maxSentences || words >= maxWords)
                    break;
                // A unit always holds its sentence: one that cannot fit alone needs no further look.
                if (inSummary[i] || (chosen.Count > 0 && words + document.Sentences[i].WordCount > maxWords))
                    continue;
                if (blockRepeats && chosen.Count > 0 && Repeats(document.Sentences[i].AllStems, trigrams))
                {
                    blocked?.Add(i);
                    continue;
                }
                TryTake(i);
            }
        }

        void TryTake(int i)
        {
            var (from, to) = readable ? Unit(document, i, inSummary) : (i, i);
            if (from < 0)
                return;
            var added = 0;
            var addedWords = 0;
            for (var j = from; j <= to; j++)
            {
                if (!inSummary[j])
                {
                    added++;
                    addedWords += document.Sentences[j].WordCount;
                }
            }
            if (chosen.Count + added > maxSentences)
                return;
            // Only a lone first sentence may exceed a word budget: a summary is never empty, and a neighbour never
            // makes it overshoot.
            if ((chosen.Count > 0 || added > 1) && words + addedWords > maxWords)
                return;
            for (var j = from; j <= to; j++)
            {
                if (!inSummary[j])
                    Take(j);
            }
        }

        void Take(int i)
        {
            chosen.Add(i);
            inSummary[i] = true;
            words += document.Sentences[i].WordCount;
            if (!blockRepeats)
                return;
            var stems = document.Sentences[i].AllStems;
            for (var k = 0; k + 2 < stems.Length; k++)
                trigrams.Add((stems[k], stems[k + 1], stems[k + 2]));
        }
    }

    /// <summary>
    /// The run of sentences <paramref name="i"/> needs to read on its own: back to an antecedent not yet in the summary
    /// while the run opens with a back-pointing word, and out to where its quotation marks and brackets balance;
    /// (−1, −1) when that takes more than <see cref="MaxNeighbours"/> neighbours.
    /// </summary>
    public static (int From, int To) Unit(Document document, int i, ReadOnlySpan<bool> inSummary)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        var text = document.Text;
        var (from, to) = (i, i);
        while (true)
        {
            var needsPrevious = false;
            if (BackReferences.OpensWithBackReference(text.AsSpan(sentences[from].Span.Start, sentences[from].Span.Length), document.Language))
            {
                // What stands right before it must be a sentence the summary can show: a dateline, a caption or a
                // line the analyser dropped cannot be, and a summary never opens with "He" out of nowhere.
                var previousEnd = from > 0 ? sentences[from - 1].Span.End : 0;
                if (!text.AsSpan(previousEnd, sentences[from].Span.Start - previousEnd).IsWhiteSpace())
                    return (-1, -1);
                needsPrevious = from > 0 && !inSummary[from - 1];
            }
            var balance = QuoteBalance.Of(text.AsSpan(sentences[from].Span.Start, sentences[to].Span.End - sentences[from].Span.Start));
            var needsNext = balance.UnclosedOpeners > 0;
            if (balance.UnopenedClosers > 0)
            {
                if (from == 0 || inSummary[from - 1])
                    return (-1, -1);  // the quotation opens before the text or in a sentence the summary already shows apart
                needsPrevious = true;
            }
            if (!needsPrevious && !needsNext)
                return (from, to);
            if (needsNext && (to + 1 >= sentences.Count || inSummary[to + 1]
                || !text.AsSpan(sentences[to].Span.End, sentences[to + 1].Span.Start - sentences[to].Span.End).IsWhiteSpace()))
                return (-1, -1);  // the quotation runs on past text the summary cannot show
            if (to - from + (needsPrevious ? 1 : 0) + (needsNext ? 1 : 0) > MaxNeighbours)
                return (-1, -1);
            if (needsPrevious)
                from--;
            if (needsNext)
                to++;
        }
    }

    private static (int Sentences, int Words) Budget(Document document, SummaryLength length) => length.Unit switch
    {
        LengthUnit.Sentences => (Math.Max(1, (int)length.Value), int.MaxValue),
        LengthUnit.Words => (int.MaxValue, Math.Max(1, (int)length.Value)),
        _ => (int.MaxValue, Math.Max(1, (int)Math.Round(document.SourceWords * length.Value))),
    };

    private static bool Repeats(int[] stems, HashSet<(int, int, int)> seen)
    {
        var total = stems.Length - 2;
        if (total <= 0)
            return false;
        var repeated = 0;
        for (var k = 0; k < total; k++)
        {
            if (seen.Contains((stems[k], stems[k + 1], stems[k + 2])))
                repeated++;
        }
        return repeated > 0 && repeated >= RepeatedShare * total;
    }
}
