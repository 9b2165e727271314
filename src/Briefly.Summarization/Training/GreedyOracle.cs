using Briefly.Summarization.Analysis;
using Briefly.Summarization.Evaluation;

namespace Briefly.Summarization.Training;

/// <summary>
/// Training labels: the sentences a greedy oracle picks against a reference summary. Starting from nothing,
/// it adds the sentence that raises ROUGE-1 F1 + ROUGE-2 F1 most, while that sum still improves, up to
/// <c>maxSentences</c> (Nallapati et al., 2017; Liu and Lapata, 2019).
/// </summary>
internal static class GreedyOracle
{
    /// <returns>Indices of the chosen sentences, in the order the oracle picked them.</returns>
    public static List<int> Select(Document document, string reference, int maxSentences)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(reference);
        var n = document.Sentences.Count;
        var texts = new string[n];
        for (var i = 0; i < n; i++)
            texts[i] = document.Sentences[i].Span.Slice(document.Text).ToString();
        var chosen = new List<int>();
        var best = 0.0;
        while (chosen.Count < maxSentences)
        {
            var bestIndex = -1;
            var bestGain = best;
            for (var i = 0; i < n; i++)
            {
                if (chosen.Contains(i))
                    continue;
                var candidate = Candidate(texts, chosen, i);
                var r = Rouge.Score(reference, candidate, document.Language);
                var value = r.Rouge1.F1 + r.Rouge2.F1;
                if (value > bestGain + 1e-12)
                {
                    bestGain = value;
                    bestIndex = i;
                }
            }
            if (bestIndex < 0)
                break;
            chosen.Add(bestIndex);
            best = bestGain;
        }
        return chosen;
    }

    /// <summary>
    /// Soft labels: each sentence's own ROUGE-1 F1 + ROUGE-2 F1 against the reference, divided by the document's best,
    /// so the top sentence has 1 and the others how close they come.
    /// </summary>
    public static double[] SoftLabels(Document document, string reference)
    {
        ArgumentNullException.ThrowIfNull(document);
        var n = document.Sentences.Count;
        var labels = new double[n];
        var best = 0.0;
        for (var i = 0; i < n; i++)
        {
            var r = Rouge.Score(reference, document.Sentences[i].Span.Slice(document.Text).ToString(), document.Language);
            labels[i] = r.Rouge1.F1 + r.Rouge2.F1;
            best = Math.Max(best, labels[i]);
        }
        if (best > 0)
        {
            for (var i = 0; i < n; i++)
                labels[i] /= best;
        }
        return labels;
    }

    private static string Candidate(string[] texts, List<int> chosen, int extra)
    {
        var picked = new List<int>(chosen) { extra };
        picked.Sort();
        return string.Join("\n", picked.Select(i => texts[i]));
    }
}
