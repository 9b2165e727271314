using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>Gives every sentence of a document a score; higher is more summary-worthy.</summary>
public interface ISentenceRanker
{
    /// <summary>False when the ranker looks only at positions and lengths, so analysis can skip stemming.</summary>
    bool NeedsTerms => true;

    void Score(Document document, Span<double> scores);

    /// <summary>Scores for a summary of the requested <paramref name="length"/>; most rankers ignore it.</summary>
    void Score(Document document, SummaryLength length, Span<double> scores) => Score(document, scores);
}
