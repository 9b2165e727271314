using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace Briefly.Storage.Postgres;

/// <summary>
/// The article store on a PostgreSQL server, for several Briefly nodes on one database: the same contract as the
/// SQLite store (the suite in Briefly.Storage.Testing runs on both), pooled connections, every write in one
/// transaction, and full-text search in each article's own language (<see cref="TextSearch"/>).
/// </summary>
/// <remarks>Times are kept as whole milliseconds and come back in UTC, as in SQLite.</remarks>
public sealed partial class PostgresArticleStore : IArticleStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    public PostgresArticleStore(NpgsqlConnectionStringBuilder connectionString, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (string.IsNullOrEmpty(connectionString.Host))
            throw new DatabaseNameException("the PostgreSQL connection string names no server (Host=...)");
        Server = $"{connectionString.Host}:{connectionString.Port}/{connectionString.Database ?? connectionString.Username}";
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>host:port/database, for messages (never the password).</summary>
    public string Server { get; }

    /// <exception cref="StoreException">The server cannot be reached or the database cannot be used.</exception>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => MigrateAsync(PostgresMigrations.Latest, cancellationToken);

    /// <summary>Applies the migrations up to <paramref name="targetVersion"/> only: how tests build an older database.</summary>
    internal async Task MigrateAsync(int targetVersion, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await PostgresMigrator.MigrateAsync(connection, targetVersion, NowMs(), cancellationToken);
            if (targetVersion >= TagKeysMigration)
                await KeyStaleTagsAsync(connection, cancellationToken);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"cannot use the PostgreSQL database {Server}: {Unavailability(e) ?? e.Message}", e);
        }
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT count(*) FROM articles");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>The first key of the two-key advisory locks <see cref="LockAsync"/> takes (the second is the name's hash).</summary>
    internal const int LockSpace = 0x42726965;

    public async Task<IAsyncDisposable> LockAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        // A session lock on a connection of its own, held until disposed: it outlives any one transaction, and a
        // node that dies loses its connection and with it the lock.
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var take = connection.Command(null, "SELECT pg_advisory_lock(@space, hashtext(@key))")
                .With("space", LockSpace).With("key", TextSearch.WithoutNul(key));
            await take.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task ProbeWriteAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var probe = connection.Command(null, """
            INSERT INTO write_probe (id, checked_ms) VALUES (1, @now) ON CONFLICT (id) DO UPDATE SET checked_ms = excluded.checked_ms
            """).With("now", NowMs());
        await probe.ExecuteNonQueryAsync(cancellationToken);
    }

    public string? Unavailability(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case PostgresException pg when Unavailability(pg.SqlState) is { } reason:
                    return reason;
                case NpgsqlException { InnerException: SocketException or TimeoutException or IOException }:
                case NpgsqlException when inner.Message.StartsWith("Exception while connecting", StringComparison.Ordinal):
                    return "the database server cannot be reached";
            }
        }
        return null;
    }

    // https://www.postgresql.org/docs/current/errcodes-appendix.html
    private static string? Unavailability(string sqlState) => sqlState switch
    {
        "25006" => "the database is read-only",                                   // read_only_sql_transaction
        "53100" => "the disk holding the database is full",                       // disk_full
        "53200" => "the database server is out of memory",                        // out_of_memory
        "53300" => "the database server has no free connections",                 // too_many_connections
        "57P01" or "57P02" or "57P03" => "the database server is shutting down or starting up",
        "40001" or "40P01" or "55P03" => "the database is busy with other writers",
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => "the database server cannot be reached",
        _ => null,
    };

    public void Dispose() => _dataSource.Dispose();

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var release = connection.Command(null, "SELECT pg_advisory_unlock_all()");
                await release.ExecuteNonQueryAsync();
            }
            finally
            {
                // Back in the pool the session lives on, so the unlock above matters; should it have failed, the
                // connection is broken and closing it ends the session and its locks.
                await connection.DisposeAsync();
            }
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private long NowMs() => _clock.GetUtcNow().ToUnixTimeMilliseconds();
}
