using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Selection;

/// <summary>
/// Picks the best-scoring sentences that fit the length, optionally skipping a near-duplicate — a sentence at
/// least <see cref="RepeatedShare"/> of whose word trigrams are in the sentences already chosen — and returns
/// them in article order.
/// </summary>
public static class SentenceSelector
{
    /// <summary>
    /// Blocking on any shared trigram (as in the summarization literature) also drops sentences that merely
    /// share a name or a phrase such as "the chief executive said", which cost 1.7 ROUGE-1 on the BBC set
    /// with the learned multi-sentence ranker; a share of 0.3 keeps them and still skips restatements.
    /// </summary>
    public const double RepeatedShare = 0.3;

    public static List<int> Select(Document document, ReadOnlySpan<double> scores, SummaryLength length, bool blockRepeats)
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
        var skipped = new List<int>();
        var trigrams = new HashSet<(int, int, int)>();
        var words = 0;
        foreach (var i in order)
        {
            if (chosen.Count >= maxSentences)
                break;
            var s = document.Sentences[i];
            if (chosen.Count > 0 && words + s.WordCount > maxWords)
                continue;
            if (blockRepeats && chosen.Count > 0 && Repeats(s.AllStems, trigrams))
            {
                skipped.Add(i);
                continue;
            }
            Take(i);
        }
        // Blocking must not leave a summary shorter than asked when the text has nothing else to offer.
        foreach (var i in skipped)
        {
            if (chosen.Count >= maxSentences)
                break;
            if (words + document.Sentences[i].WordCount <= maxWords)
                Take(i);
        }
        chosen.Sort();
        return chosen;

        void Take(int i)
        {
            chosen.Add(i);
            words += document.Sentences[i].WordCount;
            if (!blockRepeats)
                return;
            var stems = document.Sentences[i].AllStems;
            for (var k = 0; k + 2 < stems.Length; k++)
                trigrams.Add((stems[k], stems[k + 1], stems[k + 2]));
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
