using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// Our ranker for news: a position prior, directed (position-aware) centrality in the manner of PacSum
/// (Zheng and Lapata, 2019) — a sentence earns support from similar sentences after it and loses it for
/// repeating sentences before it — headline overlap, and small penalties for sentences that rarely make
/// good summary material (fragments, questions, direct quotes). See docs/summarizer.md.
/// </summary>
public sealed class DefaultRanker(DefaultRankerWeights? weights = null) : ISentenceRanker
{
    private readonly DefaultRankerWeights _w = weights ?? DefaultRankerWeights.Standard;

    public void Score(Document document, Span<double> scores)
    {
        if (scores.Length > 0)
            Score(document, SentenceVectors.Build(document, SentenceVectors.InverseSentenceFrequency(document)), scores);
    }

    /// <summary>Scores with vectors the caller already built (the length-aware ranker shares them with its features).</summary>
    internal void Score(Document document, SentenceVectors vectors, Span<double> scores)
    {
        var n = scores.Length;
        if (n == 0)
            return;
        var centrality = DirectedCentrality(vectors, n);
        var title = TitleOverlap(document, vectors);
        for (var i = 0; i < n; i++)
        {
            var s = document.Sentences[i];
            var score = _w.Position / Math.Pow(1 + i, _w.PositionDecay)
                + _w.Centrality * centrality[i]
                + _w.Title * title[i];
            if (s.IndexInParagraph == 0)
                score += _w.ParagraphStart;
            if (s.WordCount < _w.ShortWords)
                score -= _w.ShortPenalty;
            if (s.WordCount > _w.LongWords)
                score -= _w.LongPenalty;
            if (s.IsQuestion)
                score -= _w.QuestionPenalty;
            if (s.IsQuote)
                score -= _w.QuotePenalty;
            scores[i] = score;
        }
    }

    private double[] DirectedCentrality(SentenceVectors vectors, int n)
    {
        var band = n <= SimilarityGraph.CompleteLimit ? n : SimilarityGraph.Window;
        var sims = new List<(int I, int J, double Sim)>();
        double min = double.MaxValue, max = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            var last = Math.Min(n - 1, i + band);
            for (var j = i + 1; j <= last; j++)
            {
                var sim = vectors.Cosine(i, j);
                sims.Add((i, j, sim));
                min = Math.Min(min, sim);
                max = Math.Max(max, sim);
            }
        }
        var centrality = new double[n];
        if (sims.Count == 0)
            return centrality;
        // Only clearly related pairs count: the threshold sits a fraction of the way from the weakest to the strongest edge.
        var threshold = min + _w.EdgeThreshold * (max - min);
        foreach (var (i, j, sim) in sims)
        {
            var e = sim - threshold;
            if (e <= 0)
                continue;
            centrality[i] += _w.Forward * e;   // i is supported by the later sentence j
            centrality[j] += _w.Backward * e;  // j repeats the earlier sentence i
        }
        var top = 0.0;
        foreach (var c in centrality)
            top = Math.Max(top, Math.Abs(c));
        if (top > 0)
        {
            for (var i = 0; i < n; i++)
                centrality[i] /= top;
        }
        return centrality;
    }

    internal static double[] TitleOverlap(Document document, SentenceVectors vectors)
    {
        var n = document.Sentences.Count;
        var overlap = new double[n];
        if (document.TitleTerms.Length == 0)
            return overlap;
        var inTitle = new bool[document.VocabularySize];
        var titleSize = 0;
        foreach (var t in document.TitleTerms)
        {
            if (!inTitle[t])
                titleSize++;
            inTitle[t] = true;
        }
        for (var i = 0; i < n; i++)
            overlap[i] = (double)vectors.CountIn(i, inTitle) / titleSize;
        return overlap;
    }
}
