using System.Globalization;

namespace Briefly.Summarization.Llm;

/// <summary>
/// An endpoint that answered 429 or 503 with <c>Retry-After</c> is not asked again before then: readers get the
/// extractive summary at once instead of each waiting for another refusal.
/// </summary>
public sealed class EndpointPause(TimeProvider clock)
{
    private long _untilTicks;

    public bool IsPaused => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _untilTicks);

    /// <summary>Honours a <c>Retry-After</c> value: seconds, or an HTTP date. Anything else is ignored.</summary>
    public void Honour(string? retryAfter)
    {
        if (string.IsNullOrWhiteSpace(retryAfter))
            return;
        var now = clock.GetUtcNow();
        DateTimeOffset until;
        if (int.TryParse(retryAfter.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            until = now.AddSeconds(Math.Min(seconds, 3600));
        else if (DateTimeOffset.TryParseExact(retryAfter.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            until = date > now.AddHours(1) ? now.AddHours(1) : date;
        else
            return;
        var ticks = until.UtcTicks;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _untilTicks);
            if (seen >= ticks)
                return;
        }
        while (Interlocked.CompareExchange(ref _untilTicks, ticks, seen) != seen);
    }
}
