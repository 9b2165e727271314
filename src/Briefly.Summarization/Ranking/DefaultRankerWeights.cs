namespace Briefly.Summarization.Ranking;

/// <summary>
/// The default ranker's weights. The standard set is the best point of a coarse grid search over six dev sets
/// (the one that never loses to Lead on ROUGE-1); see docs/summarizer.md.
/// </summary>
public sealed record DefaultRankerWeights
{
    public double Position { get; init; } = 1.0;
    public double PositionDecay { get; init; } = 0.3;
    public double Centrality { get; init; } = 0.45;
    public double Forward { get; init; } = 1.0;
    public double Backward { get; init; } = -1.5;
    public double EdgeThreshold { get; init; }
    public double Title { get; init; } = 1.0;
    public double ParagraphStart { get; init; }
    public int ShortWords { get; init; } = 8;
    public double ShortPenalty { get; init; } = 0.2;
    public int LongWords { get; init; } = 60;
    public double LongPenalty { get; init; } = 0.1;
    public double QuestionPenalty { get; init; } = 0.2;
    public double QuotePenalty { get; init; } = 0.1;

    public static DefaultRankerWeights Standard { get; } = new();
}
