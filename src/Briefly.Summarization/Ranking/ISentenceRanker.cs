using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>Gives every sentence of a document a score; higher is more summary-worthy.</summary>
public interface ISentenceRanker
{
    void Score(Document document, Span<double> scores);
}
