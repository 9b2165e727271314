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
/// Per-client budgets (words to summarize, wrong API keys), each a token bucket per client: in this process, or
/// with Redis one bucket per client for the whole cluster, so a client cannot multiply its share by the nodes.
/// </summary>
public interface IClientBudgets
{
    /// <summary>Takes <paramref name="permits"/> from <paramref name="client"/>'s bucket of the budget named <paramref name="budget"/>.</summary>
    ValueTask<BudgetTake> TakeAsync(string budget, BudgetRule rule, string client, int permits);
}

/// <summary>Budgets in this process's memory (one node).</summary>
public sealed class LocalBudgets : IClientBudgets, IDisposable
{
    private readonly ConcurrentDictionary<string, PartitionedRateLimiter<string>> _budgets = new();

    public async ValueTask<BudgetTake> TakeAsync(string budget, BudgetRule rule, string client, int permits)
    {
        var limiter = _budgets.GetOrAdd(budget, _ => PartitionedRateLimiter.Create<string, string>(c => RateLimitPartition.GetTokenBucketLimiter(c, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = rule.Limit,
            TokensPerPeriod = rule.PerPeriod,
            ReplenishmentPeriod = rule.Period,
            QueueLimit = 0,
        })));
        using var lease = await limiter.AcquireAsync(client, Math.Clamp(permits, 1, rule.Limit));
        var remaining = limiter.GetStatistics(client)?.CurrentAvailablePermits;
        if (lease.IsAcquired)
            return new BudgetTake(true, remaining, TimeSpan.Zero);
        return new BudgetTake(false, remaining, lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Budgets.Wait(rule, permits, remaining));
    }

    public void Dispose()
    {
        foreach (var limiter in _budgets.Values)
            limiter.Dispose();
    }
}

/// <summary>Budgets in Redis, shared by every node (RedisRateLimiting's token bucket, one Lua call per take).</summary>
public sealed class RedisBudgets(IConnectionMultiplexer redis, ILogger<RedisBudgets> logger) : IClientBudgets, IDisposable
{
    private readonly ConcurrentDictionary<string, PartitionedRateLimiter<string>> _budgets = new();

    public async ValueTask<BudgetTake> TakeAsync(string budget, BudgetRule rule, string client, int permits)
    {
        var limiter = _budgets.GetOrAdd(budget, name => PartitionedRateLimiter.Create<string, string>(c => RedisRateLimitPartition.GetTokenBucketRateLimiter(
            $"briefly:budget:{name}:{c}", _ => new RedisTokenBucketRateLimiterOptions
            {
                TokenLimit = rule.Limit,
                TokensPerPeriod = rule.PerPeriod,
                ReplenishmentPeriod = rule.Period,
                ConnectionMultiplexerFactory = () => redis,
            })));
        try
        {
            using var lease = await limiter.AcquireAsync(client, Math.Clamp(permits, 1, rule.Limit));
            long? remaining = lease.TryGetMetadata("RATELIMIT_REMAINING", out var left) && left is not null
                ? Convert.ToInt64(left, CultureInfo.InvariantCulture)
                : null;
            return lease.IsAcquired ? new BudgetTake(true, remaining, TimeSpan.Zero) : new BudgetTake(false, remaining, Budgets.Wait(rule, permits, remaining));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Without Redis the budget cannot be kept; the other limits (request rate, heavy-work slots) still hold.
            logger.LogWarning(e, "the {Budget} budget is not kept: Redis does not answer", budget);
            return new BudgetTake(true, null, TimeSpan.Zero);
        }
    }

    public void Dispose()
    {
        foreach (var limiter in _budgets.Values)
            limiter.Dispose();
    }
}

internal static class Budgets
{
    /// <summary>How long until <paramref name="permits"/> fit, at the bucket's refill rate (1 s to a minute).</summary>
    public static TimeSpan Wait(BudgetRule rule, int permits, long? remaining)
    {
        var missing = Math.Max(1, Math.Min(permits, rule.Limit) - (remaining ?? 0));
        var seconds = missing / (double)rule.PerPeriod * rule.Period.TotalSeconds;
        return TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling(seconds), 1, 60));
    }
}
