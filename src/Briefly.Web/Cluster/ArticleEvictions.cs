using StackExchange.Redis;

namespace Briefly.Web.Cluster;

/// <summary>How a node tells the other nodes that an article changed, so each drops its cached copy.</summary>
public interface IArticleEvictions
{
    /// <summary>Says that the article at <paramref name="slug"/> changed.</summary>
    Task PublishAsync(string slug);

    /// <summary>Calls <paramref name="evict"/> with the slug of every article said to have changed on another node (a node may hear its own news too).</summary>
    void Subscribe(Action<string> evict);
}

/// <summary>One node: the writer has dropped its own copy already, and there is nobody else to tell.</summary>
public sealed class LocalEvictions : IArticleEvictions
{
    public Task PublishAsync(string slug) => Task.CompletedTask;

    public void Subscribe(Action<string> evict)
    {
    }
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
