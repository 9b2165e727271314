using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>Continuous LexRank (Erkan and Radev, 2004): PageRank over the TF-IDF cosine similarity graph.</summary>
public sealed class LexRankRanker : ISentenceRanker
{
    public void Score(Document document, Span<double> scores)
    {
        var vectors = SentenceVectors.Build(document, SentenceVectors.InverseSentenceFrequency(document));
        var graph = new SimilarityGraph(scores.Length, vectors.Cosine);
        graph.PageRank(scores);
    }
}
