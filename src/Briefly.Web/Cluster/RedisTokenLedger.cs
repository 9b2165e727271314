using System.Globalization;
using Briefly.Summarization.Llm;
using StackExchange.Redis;

namespace Briefly.Web.Cluster;

/// <summary>
/// The language model's daily tokens in Redis, one count per UTC day for every node of the site, so that several
/// nodes keep one <c>Briefly:Llm:DailyTokenBudget</c> between them. A reservation is one Lua call (read, compare,
/// add), so two nodes cannot both take the last tokens. While Redis does not answer each node counts in its own
/// memory, as one node would, and a reservation is settled where it was counted.
/// </summary>
public sealed partial class RedisTokenLedger(IConnectionMultiplexer redis, ILogger<RedisTokenLedger> logger, string prefix = "briefly:llm-tokens:") : ITokenLedger
{
    // Then Redis forgets the day.
    private static readonly long KeepMilliseconds = (long)TimeSpan.FromDays(2).TotalMilliseconds;

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

    // 1 while the shared count is not used, so that the log says so once when it goes and once when it is back.
    private int _alone;

    public async ValueTask<TokenReservation?> TryReserveAsync(DateOnly day, long tokens, long perDay, CancellationToken cancellationToken = default)
    {
        if (redis.IsConnected)
        {
            try
            {
                var used = (long)await redis.GetDatabase()
                    .ScriptEvaluateAsync(Reserve, new { key = Key(day), tokens, limit = perDay, keep = KeepMilliseconds })
                    .WaitAsync(cancellationToken);
                Shared();
                return used < 0 ? null : new TokenReservation(day, tokens, Local: false);
            }
            catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
            {
                Alone(e);
            }
        }
        else
        {
            Alone(null);
        }
        return await _local.TryReserveAsync(day, tokens, perDay, cancellationToken);
    }

    public async ValueTask SettleAsync(TokenReservation reservation, long actual)
    {
        if (reservation.Local)
        {
            await _local.SettleAsync(reservation, actual);
            return;
        }
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(Adjust, new { key = Key(reservation.Day), delta = actual - reservation.Tokens, keep = KeepMilliseconds });
        }
        catch (Exception e)
        {
            // The reservation stands in the shared count: more counted than spent, never less.
            Alone(e);
        }
    }

    public async ValueTask<long> UsedAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        if (redis.IsConnected)
        {
            try
            {
                var value = await redis.GetDatabase().StringGetAsync(Key(day)).WaitAsync(cancellationToken);
                return value.HasValue ? (long)value : 0;
            }
            catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
            {
                Alone(e);
            }
        }
        return await _local.UsedAsync(day, cancellationToken);
    }

    private RedisKey Key(DateOnly day) => prefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Alone(Exception? why)
    {
        if (Interlocked.Exchange(ref _alone, 1) == 0)
            CountingAlone(logger, why);
    }

    private void Shared()
    {
        if (Interlocked.Exchange(ref _alone, 0) == 1)
            CountingShared(logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "the language model's daily tokens are counted by this node alone until the shared count in Redis answers again")]
    private static partial void CountingAlone(ILogger logger, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "the language model's daily tokens are counted in Redis again, for every node")]
    private static partial void CountingShared(ILogger logger);
}
