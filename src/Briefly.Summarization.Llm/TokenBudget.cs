namespace Briefly.Summarization.Llm;

/// <summary>
/// The tokens a site may send a paid endpoint per UTC day, counted in an <see cref="ITokenLedger"/> (this process's
/// memory, or one every node shares). A request reserves an estimate on the high side before it is sent and settles
/// the count the endpoint reports afterwards, so requests in flight together stay within the day unless the
/// estimates were too low.
/// </summary>
public sealed class TokenBudget(long perDay, TimeProvider clock, ITokenLedger? ledger = null)
{
    private readonly ITokenLedger _ledger = ledger ?? new MemoryTokenLedger();

    /// <summary>Tokens counted today (reserved and settled).</summary>
    public ValueTask<long> UsedAsync(CancellationToken cancellationToken = default) => _ledger.UsedAsync(Today(), cancellationToken);

    /// <summary>Counts <paramref name="tokens"/> against today, unless that would pass the day's budget; the day it was counted on.</summary>
    public async ValueTask<DateOnly?> TryReserveAsync(long tokens, CancellationToken cancellationToken = default)
    {
        var day = Today();
        return await _ledger.TryReserveAsync(day, tokens, perDay, cancellationToken) ? day : null;
    }

    /// <summary>
    /// Replaces a reservation by what the request really cost (unknown: the reservation stands). A reservation of a
    /// day that has passed is left alone: today's count holds none of it.
    /// </summary>
    public ValueTask SettleAsync(DateOnly day, long reserved, long? actual, CancellationToken cancellationToken = default) =>
        actual is { } used && day == Today() ? _ledger.AdjustAsync(day, used - reserved, cancellationToken) : ValueTask.CompletedTask;

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
