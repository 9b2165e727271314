using System.CommandLine;
using Briefly.Ingest;
using Briefly.Ingest.Fetching;
using Briefly.Storage;
using Briefly.Storage.Postgres;
using Briefly.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Cli.Commands;

/// <summary>
/// The options and the container of the commands that work on a site's database without the site
/// (`import`, `poll`, `db`): the same backends and ingest registrations as `serve`, so they store and fetch exactly
/// as the site does.
/// </summary>
internal static class SiteDatabase
{
    public static Option<string> DatabaseOption() =>
        new("--db") { Description = DatabaseDescription, DefaultValueFactory = _ => "briefly.db" };

    public const string DatabaseDescription = "Database: a file path (embedded, created when missing) or a postgres://user:password@host:port/database URI";

    /// <summary>The store for <paramref name="database"/>, not migrated, as the site would open it.</summary>
    /// <exception cref="UsageException">It is empty, or no backend opens it (said with <paramref name="option"/>'s name when given).</exception>
    public static IArticleStore Open(string database, string? option = null)
    {
        try
        {
            return new ArticleStores([new SqliteBackend(), new PostgresBackend()]).Open(database);
        }
        catch (DatabaseNameException e)
        {
            throw new UsageException(option is null ? e.Message : $"{option}: {e.Message}");
        }
    }

    /// <summary>Runs <paramref name="action"/> on the store for <paramref name="database"/>, migrated first and disposed after.</summary>
    public static async Task<int> UseAsync(string database, Func<IArticleStore, Task<int>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var store = Open(database, "--db");
        try
        {
            await store.MigrateAsync(cancellationToken);
            return await action(store);
        }
        finally
        {
            await DisposeAsync(store);
        }
    }

    /// <summary>A store that holds connections (PostgreSQL) lets them go; an embedded one has nothing to let go.</summary>
    public static async ValueTask DisposeAsync(IArticleStore store)
    {
        if (store is IAsyncDisposable disposable)
            await disposable.DisposeAsync();
    }

    /// <summary>The store (migrated) and the ingest services for <paramref name="database"/>, registered as the site does.</summary>
    public static async Task<ServiceProvider> OpenAsync(string database, bool allowPrivateNetwork, CancellationToken cancellationToken)
    {
        var store = Open(database);
        // A factory, so that the container disposes the store with itself.
        var services = new ServiceCollection()
            .AddSingleton(_ => store)
            .AddIngest(_ => new FetchOptions { AllowPrivateNetwork = allowPrivateNetwork })
            .BuildServiceProvider();
        try
        {
            await services.GetRequiredService<IArticleStore>().MigrateAsync(cancellationToken);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }
}
