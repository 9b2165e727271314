using Briefly.Ingest.Feeds;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Import;
using Briefly.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Briefly.Ingest;

/// <summary>Getting articles in: fetching, importing feeds and pages, refreshing subscribed feeds.</summary>
public static class IngestServices
{
    /// <summary>
    /// Registers one <see cref="PageFetcher"/> (its HttpClient pools connections and is costly to build) with the
    /// options <paramref name="fetch"/> gives, the <see cref="ArticleImporter"/> and the <see cref="FeedRefresher"/>.
    /// Needs an <see cref="IArticleStore"/>; uses the registered <see cref="TimeProvider"/> (the system clock if none).
    /// <paramref name="lease"/> says how long a claimed feed is left to its poller (<see cref="FeedRefresher.Lease"/>;
    /// the default when null).
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services, Func<IServiceProvider, FetchOptions> fetch, Func<IServiceProvider, TimeSpan>? lease = null)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new PageFetcher(fetch(sp)));
        services.AddSingleton(sp => new LeadImages(sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<PageFetcher>()));
        services.AddSingleton(sp => new ArticleImporter(
            sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<PageFetcher>(), ExtractedPageContent.Extract, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new FeedRefresher(
            sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<ArticleImporter>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<FeedRefresher>>())
        {
            Lease = lease?.Invoke(sp) ?? FeedRefresher.DefaultLease,
        });
        return services;
    }
}
