using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefly.Storage.Sqlite;

public static class SqliteStorageServices
{
    /// <summary>Lets <see cref="StorageServices.AddArticleStore"/> open SQLite databases (<see cref="SqliteBackend"/>).</summary>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleStoreBackend, SqliteBackend>());
        return services;
    }
}
