namespace Briefly.Summarization;

/// <summary>
/// Thrown from a cache's factory with a <see cref="Summary.IsTemporary"/> fallback, so that the cache keeps nothing
/// and the caller, who catches it, still serves the summary.
/// </summary>
public sealed class TemporarySummaryException : Exception
{
    public TemporarySummaryException(Summary summary)
        : base($"a {summary?.Fallback} fallback is served, not kept") => Summary = summary!;

    public TemporarySummaryException()
        : base("a temporary fallback is served, not kept") => Summary = null!;

    public TemporarySummaryException(string message)
        : base(message) => Summary = null!;

    public TemporarySummaryException(string message, Exception innerException)
        : base(message, innerException) => Summary = null!;

    public Summary Summary { get; }
}
