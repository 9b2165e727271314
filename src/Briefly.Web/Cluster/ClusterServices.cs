using Briefly.Storage.Postgres;
using Briefly.Summarization.Llm;
using Briefly.Web.Site;
using Briefly.Web.Summaries;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

namespace Briefly.Web.Cluster;

/// <summary>What several nodes share beyond the database: the caches' second level and the eviction channel (Redis).</summary>
public static class ClusterServices
{
    /// <summary>
    /// HybridCache for summaries and articles — this process's memory first, then Redis when
    /// <see cref="SiteOptions.Redis"/> is set (Microsoft.Extensions.Caching.StackExchangeRedis as its second level) —
    /// the eviction of changed articles on every node, the per-client budgets (<see cref="ClientBudgets"/>), the
    /// language model's daily tokens (<see cref="RedisTokenLedger"/>), and health checks for PostgreSQL and Redis when
    /// used.
    /// </summary>
    public static IServiceCollection AddSharedCache(this IServiceCollection services, SiteOptions site)
    {
        services.AddHybridCache(o =>
        {
            // An article body may be as long as the store allows (10 MB of text).
            o.MaximumPayloadBytes = 64 * 1024 * 1024;
            o.MaximumKeyLength = 1024;
        }).AddSerializer<CachedSummary, CachedSummarySerializer>();

        services.AddSingleton(sp => new ClientBudgets(sp.GetRequiredService<ILogger<ClientBudgets>>(), sp.GetService<IConnectionMultiplexer>()));
        var health = services.AddHealthChecks();
        if (PostgresConnectionString.IsPostgres(site.Database))
            health.AddNpgSql(PostgresConnectionString.Parse(site.Database).ConnectionString, name: "postgresql", tags: ["database"]);

        if (string.IsNullOrWhiteSpace(site.Redis))
        {
            services.AddSingleton<IArticleEvictions, LocalEvictions>();
            return services;
        }
        var options = ConfigurationOptions.Parse(site.Redis);
        // Start without Redis rather than fail: the caches fall back to memory and the database, /healthz says why.
        options.AbortOnConnectFail = false;
        // While Redis is away, commands fail at once (caches fall back to memory and the database) instead of
        // queueing for seconds in front of every page.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName = "briefly";
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddStackExchangeRedisCache(o => o.InstanceName = "briefly:");
        services.AddOptions<RedisCacheOptions>().Configure<IConnectionMultiplexer>((o, redis) => o.ConnectionMultiplexerFactory = () => Task.FromResult(redis));
        services.AddSingleton<IArticleEvictions, RedisEvictions>();
        services.AddSingleton<ITokenLedger, RedisTokenLedger>();
        health.AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), name: "redis", tags: ["cache"]);
        return services;
    }
}
