using StackExchange.Redis;

namespace Briefly.Web.Cluster;

/// <summary>How a node tells every node (itself included) that an article changed, so each drops its cached copy.</summary>
public interface IArticleEvictions
{
    /// <summary>Says that the article at <paramref name="slug"/> changed.</summary>
    Task PublishAsync(string slug);

    /// <summary>Calls <paramref name="evict"/> with the slug of every article said to have changed, on any node.</summary>
    void Subscribe(Action<string> evict);
}

/// <summary>One node: the news goes no further than this process.</summary>
public sealed class LocalEvictions : IArticleEvictions
{
    private Action<string>? _evict;

    public Task PublishAsync(string slug)
    {
        _evict?.Invoke(slug);
        return Task.CompletedTask;
    }

    public void Subscribe(Action<string> evict) => _evict += evict;
}

/// <summary>Several nodes: a Redis channel every node subscribes to.</summary>
public sealed class RedisEvictions(IConnectionMultiplexer redis, ILogger<RedisEvictions> logger) : IArticleEvictions
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("briefly:articles:changed");

    public async Task PublishAsync(string slug)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, slug);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Other nodes then see the change when their short local copy expires (ArticleCatalog.LocalLifetime).
            logger.LogWarning(e, "could not tell the other nodes that {Slug} changed", slug);
        }
    }

    // Not awaited: a node starts without Redis, and the multiplexer subscribes again whenever it (re)connects.
    public void Subscribe(Action<string> evict) =>
        _ = redis.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
        {
            if (message.HasValue)
                evict(message.ToString());
        }).ContinueWith(
            t => logger.LogWarning(t.Exception, "not subscribed to article changes yet: Redis does not answer"),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
