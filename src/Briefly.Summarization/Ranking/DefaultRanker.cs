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
        {
            var vectors = SentenceVectors.Build(document, SentenceVectors.InverseSentenceFrequency(document));
            Score(document, vectors, SentencePairs.Build(vectors, scores.Length, document.VocabularySize), scores);
        }
    }

    /// <summary>Scores with vectors the caller already built (the length-aware ranker shares them with its features).</summary>
    internal void Score(Document document, SentenceVectors vectors, SentencePairs pairs, Span<double> scores)
    {
        var n = scores.Length;
        if (n == 0)
            return;
        var centrality = DirectedCentrality(pairs, n);
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

    private double[] DirectedCentrality(SentencePairs pairs, int n)
    {
        var centrality = new double[n];
        if (!pairs.Any)
            return centrality;
        // Only clearly related pairs count: the threshold sits a fraction of the way from the weakest to the strongest edge.
        // Pairs that share no stem have cosine 0, never above the threshold, so they are not listed.
        var threshold = pairs.MinCosine + _w.EdgeThreshold * (pairs.MaxCosine - pairs.MinCosine);
        var first = pairs.First;
        var second = pairs.Second;
        var cosine = pairs.Cosine;
        for (var p = 0; p < first.Length; p++)
        {
            var e = cosine[p] - threshold;
            if (e <= 0)
                continue;
            centrality[first[p]] += _w.Forward * e;   // i is supported by the later sentence j
            centrality[second[p]] += _w.Backward * e; // j repeats the earlier sentence i
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
