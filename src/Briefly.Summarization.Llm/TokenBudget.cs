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

    /// <summary>Counts <paramref name="tokens"/> against today, unless that would pass the day's budget (null).</summary>
    public ValueTask<TokenReservation?> TryReserveAsync(long tokens, CancellationToken cancellationToken = default) =>
        _ledger.TryReserveAsync(Today(), tokens, perDay, cancellationToken);

    /// <summary>Replaces a reservation by what the request really cost (unknown: the reservation stands).</summary>
    public ValueTask SettleAsync(TokenReservation reservation, long? actual) =>
        actual is { } used ? _ledger.SettleAsync(reservation, used) : ValueTask.CompletedTask;

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
