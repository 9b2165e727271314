using System.Data.Common;
using Briefly.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Briefly.Storage;

/// <summary>Picks the store for what a user passed as <c>--db</c>: a file path or a connection string.</summary>
public static class ArticleStores
{
    /// <summary>
    /// "data/briefly.db" or "Data Source=data/briefly.db;Cache=Shared" open SQLite; a PostgreSQL connection string
    /// ("Host=...") or URI ("postgres://...") is recognised but not supported yet. Call
    /// <see cref="IArticleStore.MigrateAsync"/> before use.
    /// </summary>
    /// <exception cref="NotSupportedException">A PostgreSQL database was named.</exception>
    public static IArticleStore Open(string database, TimeProvider? clock = null)
    {
        if (string.IsNullOrWhiteSpace(database))
            throw new ArgumentException("No database given: pass a file path or a connection string.", nameof(database));

        if (database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            throw PostgresNotSupported();

        if (database.Contains('=', StringComparison.Ordinal) && TryParse(database) is { } keys)
        {
            if (keys.ContainsKey("Host") || keys.ContainsKey("Server"))
                throw PostgresNotSupported();
            if (keys.ContainsKey("Data Source") || keys.ContainsKey("DataSource") || keys.ContainsKey("Filename"))
                return new SqliteArticleStore(new SqliteConnectionStringBuilder(database), clock);
        }
        return new SqliteArticleStore(database, clock);
    }

    /// <summary>
    /// One line saying why <paramref name="e"/> means the database cannot be used just now (read-only, disk full,
    /// locked, unreadable) — a condition to report as "unavailable" and to retry later, not a bug — or null.
    /// </summary>
    public static string? Unavailability(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqliteException sqlite && SqliteArticleStore.Unavailability(sqlite) is { } reason)
                return reason;
        }
        return null;
    }

    // A path such as "/data/a=b.db" is not a connection string; it simply fails to parse as one.
    private static DbConnectionStringBuilder? TryParse(string database)
    {
        try
        {
            return new DbConnectionStringBuilder { ConnectionString = database };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // The connection string is not echoed: it may carry a password.
    private static NotSupportedException PostgresNotSupported() =>
        new("PostgreSQL is not supported yet: pass the path of a SQLite file (e.g. data/briefly.db) as the database.");
}
