using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Briefly.Web.Cluster;

/// <summary>A token bucket: <paramref name="Limit"/> at once, refilled by <paramref name="PerPeriod"/> every <paramref name="Period"/>.</summary>
public sealed record BudgetRule(int Limit, int PerPeriod, TimeSpan Period);

/// <summary>What taking from a budget gave: whether it was granted, what is left, and how long to wait if not.</summary>
public readonly record struct BudgetTake(bool Granted, long? Remaining, TimeSpan Wait);

/// <summary>
/// Per-client budgets (summarize requests, words to summarize, wrong API keys), each a token bucket per client: in
/// Redis, one bucket per client for the whole cluster, when the site has a Redis that answers (RedisRateLimiting's
/// token bucket, one Lua call per take), so a client cannot multiply its share by the nodes; in this process's
/// memory otherwise — one node, or a Redis that is away, when each node counts for itself.
/// </summary>
public sealed class ClientBudgets(ILogger<ClientBudgets> logger, IConnectionMultiplexer? redis = null) : IDisposable
{
    private const string SharedPrefix = "briefly:budget:";

    private readonly ConcurrentDictionary<string, PartitionedRateLimiter<string>> _budgets = new();

    /// <summary>The bucket of <paramref name="client"/> in the budget named <paramref name="budget"/>, as a rate-limiter partition.</summary>
    public RateLimitPartition<string> Partition(string budget, BudgetRule rule, string client) =>
        redis is { IsConnected: true } shared
            ? RedisRateLimitPartition.GetTokenBucketRateLimiter($"{SharedPrefix}{budget}:{client}", _ => new RedisTokenBucketRateLimiterOptions
            {
                TokenLimit = rule.Limit,
                TokensPerPeriod = rule.PerPeriod,
                ReplenishmentPeriod = rule.Period,
                ConnectionMultiplexerFactory = () => shared,
            })
            : RateLimitPartition.GetTokenBucketLimiter($"{budget}:{client}", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = rule.Limit,
                TokensPerPeriod = rule.PerPeriod,
                ReplenishmentPeriod = rule.Period,
                QueueLimit = 0,
            });

    /// <summary>Takes <paramref name="permits"/> from <paramref name="client"/>'s bucket of the budget named <paramref name="budget"/>.</summary>
    public async ValueTask<BudgetTake> TakeAsync(string budget, BudgetRule rule, string client, int permits)
    {
        var limiter = _budgets.GetOrAdd(budget, name => PartitionedRateLimiter.Create<string, string>(c => Partition(name, rule, c)));
        try
        {
            using var lease = await limiter.AcquireAsync(client, Math.Clamp(permits, 1, rule.Limit));
            // A shared bucket says what is left in its lease; a local one in its statistics (the shared one has none).
            long? remaining = lease.TryGetMetadata("RATELIMIT_REMAINING", out var left) && left is not null
                ? Convert.ToInt64(left, CultureInfo.InvariantCulture)
                : limiter.GetStatistics(client)?.CurrentAvailablePermits;
            if (lease.IsAcquired)
                return new BudgetTake(true, remaining, TimeSpan.Zero);
            return new BudgetTake(false, remaining, lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Wait(rule, permits, remaining));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Redis went away between the check and the call: this one take is not counted.
            logger.LogWarning(e, "the {Budget} budget is not kept: Redis does not answer", budget);
            return new BudgetTake(true, null, TimeSpan.Zero);
        }
    }

    public void Dispose()
    {
        foreach (var limiter in _budgets.Values)
            limiter.Dispose();
    }

    /// <summary>How long until <paramref name="permits"/> fit, at the bucket's refill rate (1 s to a minute).</summary>
    private static TimeSpan Wait(BudgetRule rule, int permits, long? remaining)
    {
        var missing = Math.Max(1, Math.Min(permits, rule.Limit) - (remaining ?? 0));
        var seconds = missing / (double)rule.PerPeriod * rule.Period.TotalSeconds;
        return TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling(seconds), 1, 60));
    }
}
