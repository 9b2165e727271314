using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefly.Storage.Postgres;

public static class PostgresStorageServices
{
    /// <summary>Lets <see cref="StorageServices.AddArticleStore"/> open PostgreSQL databases (<see cref="PostgresBackend"/>).</summary>
    public static IServiceCollection AddPostgresStore(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleStoreBackend, PostgresBackend>());
        return services;
    }
}
