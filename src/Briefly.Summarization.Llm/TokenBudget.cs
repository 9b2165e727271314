namespace Briefly.Summarization.Llm;

/// <summary>
/// The tokens this process may send a paid endpoint per UTC day. A request reserves an estimate on the high side
/// before it is sent and settles the count the endpoint reports afterwards, so requests in flight together stay
/// within the day unless the estimates were too low.
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

    /// <summary>Counts <paramref name="tokens"/> against today (<paramref name="day"/>), unless that would pass the day's budget.</summary>
    public bool TryReserve(long tokens, out DateOnly day)
    {
        lock (_lock)
        {
            Roll();
            day = _day;
            if (perDay > 0 && _used + tokens > perDay)
                return false;
            _used += tokens;
            return true;
        }
    }

    /// <summary>
    /// Replaces a reservation by what the request really cost (unknown: the reservation stands). A reservation of a
    /// day that has passed is left alone: today's count holds none of it.
    /// </summary>
    public void Settle(DateOnly day, long reserved, long? actual)
    {
        if (actual is not { } used)
            return;
        lock (_lock)
        {
            Roll();
            if (day == _day)
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
