namespace Briefly.Summarization.Llm;

/// <summary>
/// The tokens this process may send a paid endpoint per UTC day. A request reserves its estimate before it is sent
/// and settles the count the endpoint reports afterwards, so requests in flight together cannot overrun the day.
/// </summary>
public sealed class TokenBudget(long perDay, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private DateOnly _day;
    private long _used;

    /// <summary>Tokens counted today (reserved and settled).</summary>
    public long Used
    {
        get
        {
            lock (_lock)
            {
                Roll();
                return _used;
            }
        }
    }

    /// <summary>Counts <paramref name="tokens"/> against today, unless that would pass the day's budget.</summary>
    public bool TryReserve(long tokens)
    {
        lock (_lock)
        {
            Roll();
            if (perDay > 0 && _used + tokens > perDay)
                return false;
            _used += tokens;
            return true;
        }
    }

    /// <summary>Replaces a reservation by what the request really cost (unknown: the reservation stands).</summary>
    public void Settle(long reserved, long? actual)
    {
        if (actual is not { } used)
            return;
        lock (_lock)
        {
            Roll();
            _used = Math.Max(0, _used + used - reserved);
        }
    }

    private void Roll()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (today != _day)
        {
            _day = today;
            _used = 0;
        }
    }
}
