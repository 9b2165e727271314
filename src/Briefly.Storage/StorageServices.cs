using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Storage;

/// <summary>How a host gets its article store: one registration, whatever the host (the site, the CLI, tests).</summary>
public static class StorageServices
{
    /// <summary>
    /// Registers the <see cref="IArticleStore"/> for the database <paramref name="database"/> names, opened once, on
    /// first use, by the backend that takes it (<see cref="ArticleStores"/>; backends are registered by their own
    /// projects, e.g. <c>AddSqliteStore()</c>). The host migrates it before use.
    /// </summary>
    public static IServiceCollection AddArticleStore(this IServiceCollection services, Func<IServiceProvider, string> database)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddSingleton(sp => new ArticleStores(sp.GetServices<IArticleStoreBackend>()));
        services.AddSingleton(sp => sp.GetRequiredService<ArticleStores>().Open(database(sp), sp.GetService<TimeProvider>()));
        return services;
    }
}
