using Briefly.Summarization.Ranking;

namespace Briefly.Summarization;

/// <summary>The built-in methods by name, as the CLI and the API accept them.</summary>
public static class Summarizers
{
    public static ExtractiveSummarizer Default { get; } = new("default", new BlendRanker(), blockRepeats: true, readable: true);

    public static ExtractiveSummarizer Lead { get; } = new("lead", new LeadRanker(), blockRepeats: false);

    public static ExtractiveSummarizer TextRank { get; } = new("textrank", new TextRankRanker(), blockRepeats: false);

    public static ExtractiveSummarizer LexRank { get; } = new("lexrank", new LexRankRanker(), blockRepeats: false);

    /// <summary>
    /// Changes whenever the engine's code changes: deterministic builds give each assembly a module id derived from
    /// its content, so cached summaries of an older engine are never served without anyone remembering to bump a number.
    /// </summary>
    public static string EngineVersion { get; } = ComputeEngineVersion();

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

    private static string ComputeEngineVersion()
    {
        Span<byte> ids = stackalloc byte[32];
        typeof(Summarizers).Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(ids[..16]);
        typeof(Briefly.Text.TextSpan).Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(ids[16..]);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ids))[..12];
    }
}
