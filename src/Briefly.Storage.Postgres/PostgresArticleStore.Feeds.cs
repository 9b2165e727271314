using Npgsql;

namespace Briefly.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    public async Task<(Feed Feed, bool Created)> AddFeedAsync(string url, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        StoredRows.CheckFeed(url, interval);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // Subscribing again is how a publisher says "this feed, at this interval, now": the new interval holds, the
        // backoff of past failures is forgiven, and it is due at once. xmax = 0 tells a new row from an updated one.
        await using var upsert = connection.Command(null, $"""
            INSERT INTO feeds (url, interval_s, next_poll_ms, created_ms) VALUES (@url, @interval, @now, @now)
            ON CONFLICT (url) DO UPDATE SET interval_s = excluded.interval_s, next_poll_ms = excluded.next_poll_ms, failures = 0
            RETURNING {StoredRows.FeedColumns}, xmax = 0
            """).With("url", TextSearch.WithoutNul(url)).With("interval", (long)interval.TotalSeconds).With("now", NowMs());
        await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.ReadFeed(), reader.GetBoolean(13));
    }

    public async Task<Feed?> GetFeedAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return (await ReadFeedsAsync(connection, "id = @key", id, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Feed>> ListFeedsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadFeedsAsync(connection, "true ORDER BY id", null, cancellationToken);
    }

    public async Task<IReadOnlyList<Feed>> ListDueFeedsAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadFeedsAsync(connection, "next_poll_ms <= @key ORDER BY next_poll_ms, id", now.ToUnixTimeMilliseconds(), cancellationToken);
    }

    public async Task<Feed?> ClaimDueFeedAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // SKIP LOCKED: a feed another node is claiming this instant is passed over, not waited for; once that claim
        // commits, its next poll is in the future and the row no longer qualifies.
        await using var claim = connection.Command(null, $"""
            UPDATE feeds SET next_poll_ms = @until
            WHERE id = (SELECT id FROM feeds WHERE next_poll_ms <= @now ORDER BY next_poll_ms, id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING {StoredRows.FeedColumns}
            """).With("now", now.ToUnixTimeMilliseconds()).With("until", leaseUntil.ToUnixTimeMilliseconds());
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.ReadFeed() : null;
    }

    public async Task<bool> DeleteFeedAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var delete = connection.Command(null, "DELETE FROM feeds WHERE id = @id").With("id", id);
        return await delete.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task RecordFeedPollAsync(long id, FeedPoll poll, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var sql = poll.Succeeded
            ? """
              UPDATE feeds SET title = coalesce(@title, title), etag = @etag, last_modified = @modified,
                  last_polled_ms = @now, last_success_ms = @now, last_error = NULL, failures = 0, next_poll_ms = @next
              WHERE id = @id
              """
            : """
              UPDATE feeds SET last_polled_ms = @now, last_error_ms = @now, last_error = @error,
                  failures = failures + 1, next_poll_ms = @next
              WHERE id = @id
              """;
        await using var update = connection.Command(null, sql)
            .With("id", id)
            .With("title", NoNul(poll.Title, DraftRules.MaxTitleLength))
            .With("etag", NoNul(poll.ETag, 1000))
            .With("modified", NoNul(poll.LastModified, 100))
            .With("error", NoNul(poll.Error, 1000) ?? "failed")
            .With("now", NowMs())
            .With("next", poll.NextPoll.ToUnixTimeMilliseconds());
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? NoNul(string? value, int limit) => StoredRows.Cut(value, limit) is { } cut ? TextSearch.WithoutNul(cut) : null;

    private static async Task<List<Feed>> ReadFeedsAsync(NpgsqlConnection connection, string where, long? key, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, $"SELECT {StoredRows.FeedColumns} FROM feeds WHERE {where}");
        if (key is { } value)
            command.With("key", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var feeds = new List<Feed>();
        while (await reader.ReadAsync(cancellationToken))
            feeds.Add(reader.ReadFeed());
        return feeds;
    }
}
