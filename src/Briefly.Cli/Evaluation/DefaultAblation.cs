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
            Variant("− learned model and TextRank (hand-tuned quality alone)", new BlendRanker(lambda: 0, mu: 0)),
            Variant("− TextRank term of the quality", new BlendRanker(mu: 0)),
            Variant("− hand-tuned term of the quality (learned model alone)", new BlendRanker(lambda: 1e6)),
            Variant("− position after the leader", new BlendRanker(pi: 0)),
            Variant("− leader (quality plus position for every sentence)", new BlendRanker(leader: false)),
            Variant("− near-duplicate blocking", new BlendRanker(), blockRepeats: false, readable: true),
            Variant("− readable selection (back-references and quotations)", new BlendRanker(), readable: false),
        ];

        static ExtractiveSummarizer Hand(string name, DefaultRankerWeights weights) => Variant(name, new BlendRanker(new DefaultRanker(weights)));

        static ExtractiveSummarizer Variant(string name, BlendRanker ranker, bool blockRepeats = true, bool readable = true) =>
            new(name, "default with one part taken out", ranker, blockRepeats, readable);
    }
}
