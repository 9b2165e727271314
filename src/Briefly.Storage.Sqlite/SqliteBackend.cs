using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Briefly.Storage.Sqlite;

/// <summary>
/// SQLite, the embedded default: a file path ("data/briefly.db") or a SQLite connection string
/// ("Data Source=data/briefly.db;Cache=Shared"). Anything naming a server (a URI, "Host=") is not for it.
/// </summary>
public sealed class SqliteBackend : IArticleStoreBackend
{
    public string Name => "SQLite";

    public bool Accepts(string database)
    {
        if (string.IsNullOrWhiteSpace(database) || database.Contains("://", StringComparison.Ordinal))
            return false;
        if (database.Contains('=', StringComparison.Ordinal) && TryParse(database) is { } keys)
            return !(keys.ContainsKey("Host") || keys.ContainsKey("Server"));
        return true;
    }

    public IArticleStore Open(string database, TimeProvider? clock = null)
    {
        if (database.Contains('=', StringComparison.Ordinal) && TryParse(database) is { } keys
            && (keys.ContainsKey("Data Source") || keys.ContainsKey("DataSource") || keys.ContainsKey("Filename")))
            return new SqliteArticleStore(new SqliteConnectionStringBuilder(database), clock);
        return new SqliteArticleStore(database, clock);
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
}
