namespace Briefly.Summarization.Llm;

/// <summary>The day's tokens in this process's memory: one node's budget. Only the latest day's count is kept.</summary>
public sealed class MemoryTokenLedger : ITokenLedger
{
    private readonly Lock _lock = new();
    private DateOnly _day;
    private long _used;

    public ValueTask<TokenReservation?> TryReserveAsync(DateOnly day, long tokens, long perDay, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            // A request that read the clock just before midnight, after another moved the count on, counts today.
            if (day > _day)
                (_day, _used) = (day, 0);
            if (perDay > 0 && _used + tokens > perDay)
                return ValueTask.FromResult<TokenReservation?>(null);
            _used += tokens;
            return ValueTask.FromResult<TokenReservation?>(new TokenReservation(_day, tokens, Local: true));
        }
    }

    public ValueTask SettleAsync(TokenReservation reservation, long actual)
    {
        lock (_lock)
        {
            // A day that has passed keeps nothing to correct.
            if (reservation.Day == _day)
                _used = Math.Max(0, _used + actual - reservation.Tokens);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<long> UsedAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return ValueTask.FromResult(day == _day ? _used : 0);
    }
}
