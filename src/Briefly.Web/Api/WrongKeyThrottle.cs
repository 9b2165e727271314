using System.Threading.RateLimiting;

namespace Briefly.Web.Api;

/// <summary>
/// Slows down guessing API keys: each client may send <see cref="Allowed"/> wrong keys in a burst, then one more
/// every <see cref="Refill"/>. A client past that gets 429 on every write until its budget refills, right key or
/// not, so thousands of guesses a second become a few a minute.
/// </summary>
public sealed class WrongKeyThrottle : IDisposable
{
    public const int Allowed = 10;
    public static readonly TimeSpan Refill = TimeSpan.FromSeconds(6);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Allowed,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = Refill,
            QueueLimit = 0,
        }));

    /// <summary>True when <paramref name="client"/> has used up its wrong guesses for now.</summary>
    public bool IsLockedOut(string client) => _limiter.GetStatistics(client)?.CurrentAvailablePermits == 0;

    /// <summary>Counts one wrong key against <paramref name="client"/>.</summary>
    public void Failed(string client)
    {
        using var _ = _limiter.AttemptAcquire(client);
    }

    public void Dispose() => _limiter.Dispose();
}
