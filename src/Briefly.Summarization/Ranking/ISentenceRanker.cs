using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// Gives every sentence of a document a score; higher is more summary-worthy. Scores never depend on the summary's
/// requested length: a longer summary takes more of the same ranking (selection may still swap a sentence for one
/// that needs its antecedent, see <see cref="Selection.SentenceSelector"/>).
/// </summary>
public interface ISentenceRanker
{
    /// <summary>False when the ranker looks only at positions and lengths, so analysis can skip stemming.</summary>
    bool NeedsTerms => true;

    void Score(Document document, Span<double> scores);
}
