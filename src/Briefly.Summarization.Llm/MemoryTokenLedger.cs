namespace Briefly.Summarization.Llm;

/// <summary>The day's tokens in this process's memory: one node's budget. Only today's count is kept.</summary>
public sealed class MemoryTokenLedger : ITokenLedger
{
    private readonly Lock _lock = new();
    private DateOnly _day;
    private long _used;

    public ValueTask<bool> TryReserveAsync(DateOnly day, long tokens, long perDay, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Roll(day);
            // A day already over has no budget left to keep.
            if (day < _day)
                return ValueTask.FromResult(true);
            if (perDay > 0 && _used + tokens > perDay)
                return ValueTask.FromResult(false);
            _used += tokens;
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask AdjustAsync(DateOnly day, long delta, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Roll(day);
            if (day == _day)
                _used = Math.Max(0, _used + delta);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<long> UsedAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Roll(day);
            return ValueTask.FromResult(day == _day ? _used : 0);
        }
    }

    // A later day starts the count afresh; an earlier one (a request that began before midnight) is not counted.
    private void Roll(DateOnly day)
    {
        if (day > _day)
            (_day, _used) = (day, 0);
    }
}
