namespace Briefly.Web.Summaries;

/// <summary>
/// Bounds how many arbitrary-input summaries run at once (twice the cores). Past that, requests wait their turn
/// briefly instead of piling CPU work onto the thread pool, where they would slow every page and cached summary.
/// </summary>
public sealed class SummarizeGate : IDisposable
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _slots = new(2 * Environment.ProcessorCount);

    /// <summary>False when no slot freed up within <see cref="MaxWait"/>.</summary>
    public Task<bool> EnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(MaxWait, cancellationToken);

    public void Leave() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
