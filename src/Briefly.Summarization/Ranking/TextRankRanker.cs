using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// TextRank (Mihalcea and Tarau, 2004): PageRank over sentences linked by shared content words,
/// normalised by sentence length: |Si ∩ Sj| / (log|Si| + log|Sj|).
/// </summary>
public sealed class TextRankRanker : ISentenceRanker
{
    public void Score(Document document, Span<double> scores)
    {
        var vectors = SentenceVectors.Build(document, default);
        var graph = new SimilarityGraph(scores.Length, (i, j) =>
        {
            var denominator = Math.Log(vectors.Distinct(i)) + Math.Log(vectors.Distinct(j));
            return denominator <= 0 ? 0 : vectors.Overlap(i, j) / denominator;
        });
        graph.PageRank(scores);
    }
}
