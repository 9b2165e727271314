using Briefly.Summarization.Ranking;

namespace Briefly.Summarization;

/// <summary>The built-in methods and the engine's version. Hosts find methods through <see cref="ISummarizerCatalog"/>.</summary>
public static class Summarizers
{
    public static ExtractiveSummarizer Default { get; } = new(
        "default", "the best sentences by a learned blend of rankers, each readable on its own (built in)", new BlendRanker(), blockRepeats: true, readable: true);

    public static ExtractiveSummarizer Lead { get; } = new("lead", "the first sentences (built in)", new LeadRanker(), blockRepeats: false);

    public static ExtractiveSummarizer TextRank { get; } = new("textrank", "TextRank: PageRank over shared words (built in)", new TextRankRanker(), blockRepeats: false);

    public static ExtractiveSummarizer LexRank { get; } = new("lexrank", "LexRank: PageRank over TF-IDF similarity (built in)", new LexRankRanker(), blockRepeats: false);

    /// <summary>The built-in methods, <see cref="Default"/> first.</summary>
    public static IReadOnlyList<ExtractiveSummarizer> BuiltIn { get; } = [Default, Lead, TextRank, LexRank];

    /// <summary>
    /// Changes whenever the engine's code changes: deterministic builds give each assembly a module id derived from
    /// its content, so cached summaries of an older engine are never served without anyone remembering to bump a number.
    /// </summary>
    public static string EngineVersion { get; } = ComputeEngineVersion();

    /// <summary>A built-in method by name (any case): what training and evaluation loops call synchronously.</summary>
    public static bool TryGet(string name, out ExtractiveSummarizer summarizer)
    {
        summarizer = BuiltIn.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))!;
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
