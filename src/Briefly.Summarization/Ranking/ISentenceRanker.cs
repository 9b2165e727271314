using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// Gives every sentence of a document a score; higher is more summary-worthy. Scores never depend on the summary's
/// requested length: a longer summary takes more of the same ranking, so a one-sentence summary's pick is always the
/// first of a two-sentence one.
/// </summary>
public interface ISentenceRanker
{
    /// <summary>False when the ranker looks only at positions and lengths, so analysis can skip stemming.</summary>
    bool NeedsTerms => true;

    void Score(Document document, Span<double> scores);
}
