using Briefly.Summarization.Ranking;

namespace Briefly.Summarization;

/// <summary>The built-in methods by name, as the CLI and the API accept them.</summary>
public static class Summarizers
{
    public static ExtractiveSummarizer Default { get; } = new("default", new DefaultRanker(), blockRepeats: true);

    public static ExtractiveSummarizer Lead { get; } = new("lead", new LeadRanker(), blockRepeats: false);

    public static ExtractiveSummarizer TextRank { get; } = new("textrank", new TextRankRanker(), blockRepeats: false);

    public static ExtractiveSummarizer LexRank { get; } = new("lexrank", new LexRankRanker(), blockRepeats: false);

    public static IReadOnlyList<string> Names { get; } = ["default", "lead", "textrank", "lexrank"];

    public static bool TryGet(string name, out ExtractiveSummarizer summarizer)
    {
        summarizer = name.ToLowerInvariant() switch
        {
            "default" => Default,
            "lead" => Lead,
            "textrank" => TextRank,
            "lexrank" => LexRank,
            _ => null!,
        };
        return summarizer is not null;
    }
}
