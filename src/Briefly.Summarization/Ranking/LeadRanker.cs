using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>Lead-N: the article's own order is the ranking. The strongest simple baseline on news.</summary>
public sealed class LeadRanker : ISentenceRanker
{
    public bool NeedsTerms => false;

    public void Score(Document document, Span<double> scores)
    {
        for (var i = 0; i < scores.Length; i++)
            scores[i] = 1.0 / (1 + i);
    }
}
