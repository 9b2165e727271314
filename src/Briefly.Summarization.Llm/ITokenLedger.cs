namespace Briefly.Summarization.Llm;

/// <summary>
/// Where the day's tokens are counted: this process's memory (<see cref="MemoryTokenLedger"/>), or a store every node
/// of a site shares, so that several nodes together keep one daily budget.
/// </summary>
public interface ITokenLedger
{
    /// <summary>Adds <paramref name="tokens"/> to <paramref name="day"/>'s count unless that would pass <paramref name="perDay"/> (0: no limit).</summary>
    ValueTask<bool> TryReserveAsync(DateOnly day, long tokens, long perDay, CancellationToken cancellationToken = default);

    /// <summary>Corrects <paramref name="day"/>'s count by <paramref name="delta"/> (a reservation replaced by the real cost); it never goes below 0.</summary>
    ValueTask AdjustAsync(DateOnly day, long delta, CancellationToken cancellationToken = default);

    /// <summary>The tokens counted on <paramref name="day"/>.</summary>
    ValueTask<long> UsedAsync(DateOnly day, CancellationToken cancellationToken = default);
}
