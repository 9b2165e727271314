using System.Diagnostics.CodeAnalysis;

namespace Briefly.Summarization;

/// <summary>
/// Thrown from a cache's factory with a <see cref="Summary.IsTemporary"/> fallback, so that the cache keeps nothing
/// and the caller, who catches it, still serves the summary.
/// </summary>
[SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "It exists to carry a summary; one without is meaningless.")]
public sealed class TemporarySummaryException : Exception
{
    public TemporarySummaryException(Summary summary)
        : base($"a {summary?.Fallback} fallback is served, not kept")
    {
        ArgumentNullException.ThrowIfNull(summary);
        Summary = summary;
    }

    public Summary Summary { get; }
}
