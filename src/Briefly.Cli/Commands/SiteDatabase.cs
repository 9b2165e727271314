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
/// (`import`, `poll`): the same registrations as `serve`, so they store and fetch exactly as the site does.
/// </summary>
internal static class SiteDatabase
{
    public static Option<string> DatabaseOption() =>
        new("--db") { Description = DatabaseDescription, DefaultValueFactory = _ => "briefly.db" };

    public const string DatabaseDescription = "Database: a file path (embedded, created when missing) or a postgres://user:password@host:port/database URI";

    /// <summary>The store for <paramref name="database"/>, not migrated, as the site would open it.</summary>
    /// <exception cref="UsageException">No backend opens it.</exception>
    public static IArticleStore Open(string database, string option = "--db")
    {
        if (database.Trim().Length == 0)
            throw new UsageException($"{option} needs a file path or a postgres:// URI");
        try
        {
            return new ArticleStores([new SqliteBackend(), new PostgresBackend()]).Open(database);
        }
        catch (DatabaseNameException e)
        {
            throw new UsageException($"{option}: {e.Message}");
        }
    }

    /// <summary>The store (migrated) and the ingest services for <paramref name="database"/>.</summary>
    public static async Task<ServiceProvider> OpenAsync(string database, bool allowPrivateNetwork, CancellationToken cancellationToken)
    {
        if (database.Trim().Length == 0)
            throw new UsageException("--db needs a file path or a postgres:// URI");
        var services = new ServiceCollection()
            .AddSqliteStore()
            .AddPostgresStore()
            .AddArticleStore(_ => database)
            .AddIngest(_ => new FetchOptions { AllowPrivateNetwork = allowPrivateNetwork })
            .BuildServiceProvider();
        try
        {
            await services.GetRequiredService<IArticleStore>().MigrateAsync(cancellationToken);
            return services;
        }
        catch (DatabaseNameException e)
        {
            await services.DisposeAsync();
            throw new UsageException(e.Message);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }
}
