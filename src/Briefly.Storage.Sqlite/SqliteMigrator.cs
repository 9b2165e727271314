using Microsoft.Data.Sqlite;

namespace Briefly.Storage.Sqlite;

/// <summary>Brings a database up to a schema version, one recorded step at a time.</summary>
internal static class SqliteMigrator
{
    public static async Task MigrateAsync(SqliteConnection connection, int targetVersion, long nowMs, CancellationToken cancellationToken)
    {
        await using (var create = connection.Command(null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                applied_ms INTEGER NOT NULL
            )
            """))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var newest = await NewestAppliedAsync(connection, cancellationToken);
        if (newest > SqliteMigrations.Latest)
            throw new InvalidOperationException(
                $"The database has schema version {newest}, newer than this Briefly knows ({SqliteMigrations.Latest}); upgrade Briefly instead.");

        foreach (var migration in SqliteMigrations.All)
        {
            if (migration.Version > targetVersion)
                break;
            if (migration.Version <= newest)
                continue;

            // IMMEDIATE takes the write lock first, so of two processes starting at once only one applies a
            // step; the other waits, then sees the step recorded and skips it.
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using (var check = connection.Command(transaction, "SELECT 1 FROM schema_migrations WHERE version = $v")
                .With("$v", migration.Version))
            {
                if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                    continue;
            }
            await using (var step = connection.Command(transaction, migration.Sql))
                await step.ExecuteNonQueryAsync(cancellationToken);
            await using (var record = connection.Command(transaction, "INSERT INTO schema_migrations (version, applied_ms) VALUES ($v, $t)")
                .With("$v", migration.Version).With("$t", nowMs))
            {
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public static async Task<int> NewestAppliedAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, "SELECT coalesce(max(version), 0) FROM schema_migrations");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
