using Npgsql;

namespace Briefly.Storage.Postgres;

/// <summary>
/// Brings a database up to a schema version in one transaction under a PostgreSQL advisory lock, so that nodes
/// starting together take turns: the first applies the steps, the others wait, then find them recorded.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>The advisory lock's key: "Briefly" in ASCII, an arbitrary constant no other program is likely to use.</summary>
    public const long LockKey = 0x4272_6965_666C_79;

    public static async Task MigrateAsync(NpgsqlConnection connection, int targetVersion, long nowMs, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = connection.Command(transaction, "SELECT pg_advisory_xact_lock(@key)").With("key", LockKey))
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        await using (var create = connection.Command(transaction, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                applied_ms bigint NOT NULL
            )
            """))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var newest = await NewestAppliedAsync(connection, transaction, cancellationToken);
        if (newest > PostgresMigrations.Latest)
            throw new InvalidOperationException(
                $"The database has schema version {newest}, newer than this Briefly knows ({PostgresMigrations.Latest}); upgrade Briefly instead.");
        foreach (var migration in PostgresMigrations.All)
        {
            if (migration.Version > targetVersion)
                break;
            if (migration.Version <= newest)
                continue;
            await using (var step = connection.Command(transaction, migration.Sql))
                await step.ExecuteNonQueryAsync(cancellationToken);
            await using var record = connection.Command(transaction, "INSERT INTO schema_migrations (version, applied_ms) VALUES (@v, @t)")
                .With("v", migration.Version).With("t", nowMs);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<int> NewestAppliedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT coalesce(max(version), 0) FROM schema_migrations");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
