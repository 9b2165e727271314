using Npgsql;

namespace Briefly.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    public async Task<string?> GetSummaryAsync(SummaryCacheKey key, CancellationToken cancellationToken = default)
    {
        StoredRows.Check(key);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT json FROM summaries
            WHERE content_hash = @hash AND options = @options AND method = @method AND engine_version = @engine
            """).WithKey(key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <remarks>One statement, so its own transaction. The hash need not belong to a stored article.</remarks>
    public async Task PutSummaryAsync(SummaryCacheKey key, string json, CancellationToken cancellationToken = default)
    {
        StoredRows.Check(key);
        ArgumentNullException.ThrowIfNull(json);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, """
            INSERT INTO summaries (content_hash, options, method, engine_version, json, created_ms)
            VALUES (@hash, @options, @method, @engine, @json, @now)
            ON CONFLICT (content_hash, options, method, engine_version)
            DO UPDATE SET json = excluded.json, created_ms = excluded.created_ms
            """).WithKey(key).With("json", TextSearch.WithoutNul(json)).With("now", NowMs());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

file static class KeyParameters
{
    public static NpgsqlCommand WithKey(this NpgsqlCommand command, SummaryCacheKey key) => command
        .With("hash", TextSearch.WithoutNul(key.ContentHash))
        .With("options", TextSearch.WithoutNul(key.Options))
        .With("method", TextSearch.WithoutNul(key.Method))
        .With("engine", TextSearch.WithoutNul(key.EngineVersion));
}
