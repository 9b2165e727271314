using Briefly.Summarization;
using Briefly.Summarization.Ranking;

namespace Briefly.Cli.Evaluation;

/// <summary>
/// The <c>default</c> method with one part taken out at a time, for `eval --ablation`: what each part adds on a
/// data set. The learned models also read the hand-tuned score as a feature, so taking a part out of the
/// hand-tuned ranker changes that feature too, as it would in the shipped method.
/// </summary>
public static class DefaultAblation
{
    public static IReadOnlyList<ExtractiveSummarizer> Variants()
    {
        var standard = DefaultRankerWeights.Standard;
        return
        [
            Hand("− position prior", standard with { Position = 0 }),
            Hand("− directed centrality", standard with { Centrality = 0 }),
            Hand("− headline overlap", standard with { Title = 0 }),
            Hand("− penalties (short, long, question, quote)", standard with { ShortPenalty = 0, LongPenalty = 0, QuestionPenalty = 0, QuotePenalty = 0 }),
            new("− learned models and TextRank (hand-tuned ranker alone)", new LengthAwareRanker(oneSentenceLambda: 0, severalSentencesLambda: 0, oneSentenceTextRank: 0, severalSentencesTextRank: 0), blockRepeats: true),
            new("− TextRank term of the blend", new LengthAwareRanker(oneSentenceTextRank: 0, severalSentencesTextRank: 0), blockRepeats: true),
            new("− hand-tuned term of the blend (learned model alone)", new LengthAwareRanker(oneSentenceLambda: 1e6, severalSentencesLambda: 1e6), blockRepeats: true),
            new("− near-duplicate blocking", new LengthAwareRanker(), blockRepeats: false),
        ];

        static ExtractiveSummarizer Hand(string name, DefaultRankerWeights weights) =>
            new(name, new LengthAwareRanker(new DefaultRanker(weights)), blockRepeats: true);
    }
}
