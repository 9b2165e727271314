namespace Briefly.Summarization.Llm;

/// <summary>
/// Tokens counted against a day: <paramref name="Day"/>'s count holds <paramref name="Tokens"/> of them, in the place
/// <paramref name="Local"/> says (this process's memory rather than the store the nodes share), where they are settled.
/// </summary>
public readonly record struct TokenReservation(DateOnly Day, long Tokens, bool Local);

/// <summary>
/// Where the day's tokens are counted: this process's memory (<see cref="MemoryTokenLedger"/>), or a store every node
/// of a site shares, so that several nodes together keep one daily budget.
/// </summary>
public interface ITokenLedger
{
    /// <summary>
    /// Counts <paramref name="tokens"/> against <paramref name="day"/> (or a later day the count has already moved
    /// on to) unless that would pass <paramref name="perDay"/> (0: no limit); null when it would.
    /// </summary>
    ValueTask<TokenReservation?> TryReserveAsync(DateOnly day, long tokens, long perDay, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a reservation by what the request cost, in the place it was counted; the count never goes below 0.
    /// Never throws: a count that cannot be corrected keeps the reservation (the safe side).
    /// </summary>
    ValueTask SettleAsync(TokenReservation reservation, long actual);

    /// <summary>The tokens counted on <paramref name="day"/>.</summary>
    ValueTask<long> UsedAsync(DateOnly day, CancellationToken cancellationToken = default);
}
