using System.Globalization;
using Briefly.Summarization.Llm;
using StackExchange.Redis;

namespace Briefly.Web.Cluster;

/// <summary>
/// The language model's daily tokens in Redis, one count per UTC day for every node of the site, so that several
/// nodes keep one <c>Briefly:Llm:DailyTokenBudget</c> between them. A reservation is one Lua call (read, compare,
/// add), so two nodes cannot both take the last tokens. While Redis does not answer each node counts in its own
/// memory, as with one node, and says so in its log.
/// </summary>
public sealed partial class RedisTokenLedger(IConnectionMultiplexer redis, ILogger<RedisTokenLedger> logger) : ITokenLedger
{
    private const string Prefix = "briefly:llm-tokens:";

    // Kept two days: a request that began before midnight settles against its own day.
    private static readonly TimeSpan Keep = TimeSpan.FromDays(2);

    private static readonly LuaScript Reserve = LuaScript.Prepare("""
        local used = tonumber(redis.call('GET', @key) or '0')
        local limit = tonumber(@limit)
        if limit > 0 and used + tonumber(@tokens) > limit then return -1 end
        used = redis.call('INCRBY', @key, @tokens)
        redis.call('PEXPIRE', @key, @keep)
        return used
        """);

    private static readonly LuaScript Adjust = LuaScript.Prepare("""
        local used = redis.call('INCRBY', @key, @delta)
        if used < 0 then redis.call('SET', @key, 0) end
        redis.call('PEXPIRE', @key, @keep)
        return used
        """);

    private readonly MemoryTokenLedger _local = new();

    public async ValueTask<bool> TryReserveAsync(DateOnly day, long tokens, long perDay, CancellationToken cancellationToken = default)
    {
        try
        {
            var used = (long)await redis.GetDatabase().ScriptEvaluateAsync(Reserve, new { key = Key(day), tokens, limit = perDay, keep = (long)Keep.TotalMilliseconds });
            return used >= 0;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Away(logger, e);
            return await _local.TryReserveAsync(day, tokens, perDay, cancellationToken);
        }
    }

    public async ValueTask AdjustAsync(DateOnly day, long delta, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(Adjust, new { key = Key(day), delta, keep = (long)Keep.TotalMilliseconds });
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Away(logger, e);
            await _local.AdjustAsync(day, delta, cancellationToken);
        }
    }

    public async ValueTask<long> UsedAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(Key(day));
            return value.HasValue ? (long)value : 0;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Away(logger, e);
            return await _local.UsedAsync(day, cancellationToken);
        }
    }

    private static RedisKey Key(DateOnly day) => Prefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the language model's daily tokens are counted by this node alone: Redis does not answer")]
    private static partial void Away(ILogger logger, Exception exception);
}
