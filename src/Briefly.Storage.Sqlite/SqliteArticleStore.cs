using Microsoft.Data.Sqlite;

namespace Briefly.Storage.Sqlite;

/// <summary>
/// The article store in one SQLite file: WAL journal (readers never wait for the writer, nothing acknowledged is
/// lost when the process dies), foreign keys on, every write in an IMMEDIATE transaction. Thread-safe: each call
/// takes its own connection from the pool, so one instance serves all requests.
/// </summary>
/// <remarks>
/// Times are kept as whole milliseconds and come back in UTC. <see cref="UpdateAsync"/> ignores the draft's slug:
/// an article's address never changes. Slugs freed by a delete may be given to a later article.
/// </remarks>
public sealed partial class SqliteArticleStore : IArticleStore
{
    /// <summary>How long a writer waits for another writer's lock before it gives up, in milliseconds.</summary>
    public const int BusyTimeoutMs = 5000;


    private readonly TimeProvider _clock;

    // One SQLite file serves one node: locks within the process are all an importer needs, shared by every store
    // instance in it.
    private static readonly KeyedLocks Locks = new();

    /// <summary>A store in the SQLite file at <paramref name="databasePath"/> (created, with its folder, by <see cref="MigrateAsync(CancellationToken)"/>).</summary>
    public SqliteArticleStore(string databasePath, TimeProvider? clock = null)
        : this(new SqliteConnectionStringBuilder { DataSource = CheckPath(databasePath) }, clock)
    {
    }

    /// <summary>A store on a full SQLite connection string; foreign keys are always switched on, since deletes rely on them.</summary>
    public SqliteArticleStore(SqliteConnectionStringBuilder connectionString, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString.ConnectionString) { ForeignKeys = true };
        if (string.IsNullOrWhiteSpace(builder.DataSource))
            throw new ArgumentException("The SQLite connection string names no database (Data Source=...).", nameof(connectionString));
        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The database file (or ":memory:" and the like, when so configured).</summary>
    public string DataSource { get; }

    internal string ConnectionString { get; }

    /// <exception cref="StoreException">The file cannot be created, opened or read as a database.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await MigrateAsync(SqliteMigrations.Latest, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"cannot use the SQLite database {DataSource}: {e.Message}", e);
        }
    }

    /// <summary>Applies the migrations up to <paramref name="targetVersion"/> only: how tests build an older database.</summary>
    internal async Task MigrateAsync(int targetVersion, CancellationToken cancellationToken)
    {
        CreateDirectory();
        await using var connection = await OpenAsync(cancellationToken);
        // The journal mode is stored in the file, so setting it once here holds for every later connection.
        await using (var wal = connection.Command(null, "PRAGMA journal_mode = WAL"))
            await wal.ExecuteNonQueryAsync(cancellationToken);
        await SqliteMigrator.MigrateAsync(connection, targetVersion, NowMs(), cancellationToken);
        if (targetVersion >= StemmedSearchMigration)
            await IndexStaleArticlesAsync(connection, cancellationToken);
        if (targetVersion >= TagKeysMigration)
            await KeyStaleTagsAsync(connection, cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT count(*) FROM articles");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<IAsyncDisposable> LockAsync(string key, CancellationToken cancellationToken = default) =>
        Locks.LockAsync(key, cancellationToken);

    public async Task ProbeWriteAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var probe = connection.Command(transaction, """
            INSERT INTO write_probe (id, checked_ms) VALUES (1, $now) ON CONFLICT (id) DO UPDATE SET checked_ms = excluded.checked_ms
            """).With("$now", NowMs()))
            await probe.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Why a SQLite error means the database cannot be used just now (rather than a bug), or null.</summary>
    public string? Unavailability(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqliteException sqlite && Unavailability(sqlite) is { } reason)
                return reason;
        }
        return null;
    }

    internal static string? Unavailability(SqliteException e) => (e.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => "the database is locked by another writer",     // SQLITE_BUSY, SQLITE_LOCKED
        8 => "the database is read-only",                          // SQLITE_READONLY
        10 => "the database file cannot be read or written",       // SQLITE_IOERR
        13 => "the disk holding the database is full",             // SQLITE_FULL
        14 => "the database file cannot be opened",                // SQLITE_CANTOPEN
        23 => "the database file may not be accessed",             // SQLITE_AUTH (permissions)
        _ => null,
    };

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Per-connection settings; a pooled connection keeps them, and setting them again costs next to nothing.
            // synchronous=NORMAL is safe in WAL mode: a crash of the process loses nothing committed; only a power
            // cut may lose the last transactions, never corrupt the file.
            await using var pragmas = connection.Command(null, $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL");
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private long NowMs() => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private void CreateDirectory()
    {
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (builder.Mode == SqliteOpenMode.Memory || DataSource == ":memory:" || DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return;
        var directory = Path.GetDirectoryName(Path.GetFullPath(DataSource));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
    }

    private static string CheckPath(string databasePath)
    {
        if (string.IsNullOrWhiteSpace(databasePath))
            throw new ArgumentException("The database path is empty.", nameof(databasePath));
        return databasePath;
    }
}
