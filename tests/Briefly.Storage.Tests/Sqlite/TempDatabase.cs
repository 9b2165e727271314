using Briefly.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Briefly.Storage.Tests.Sqlite;

/// <summary>A temporary folder for real SQLite files, deleted (with the pooled connections to them) afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly List<SqliteArticleStore> _stores = [];

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "briefly-storage-tests-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string file = "briefly.db") => Path.Combine(Directory, file);

    public SqliteArticleStore Store(TimeProvider? clock = null, string file = "briefly.db") => Track(new SqliteArticleStore(PathOf(file), clock));

    public SqliteArticleStore Track(SqliteArticleStore store)
    {
        lock (_stores)
            _stores.Add(store);
        return store;
    }

    /// <summary>A connection of our own to the store's file, for looking behind the interface.</summary>
    public static SqliteConnection Open(SqliteArticleStore store)
    {
        var connection = new SqliteConnection(store.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Closes the pooled connections to the store's file, as a restart of the process would.</summary>
    public static void Release(SqliteArticleStore store)
    {
        using var connection = new SqliteConnection(store.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void Dispose()
    {
        lock (_stores)
        {
            foreach (var store in _stores)
                Release(store);
        }
        if (System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, recursive: true);
    }
}
