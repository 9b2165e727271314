using Microsoft.Data.Sqlite;

namespace Briefly.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public async Task<(Feed Feed, bool Created)> AddFeedAsync(string url, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        StoredRows.CheckFeed(url, interval);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.Command(null, """
            INSERT INTO feeds (url, interval_s, next_poll_ms, created_ms) VALUES ($url, $interval, $now, $now)
            ON CONFLICT (url) DO NOTHING
            """).With("$url", url).With("$interval", (long)interval.TotalSeconds).With("$now", NowMs());
        var created = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (!created)
        {
            // Subscribing again is how a publisher says "this feed, at this interval, now": the new interval
            // holds, the backoff of past failures is forgiven, and it is due at once.
            await using var update = connection.Command(null, """
                UPDATE feeds SET interval_s = $interval, next_poll_ms = $now, failures = 0 WHERE url = $url
                """).With("$url", url).With("$interval", (long)interval.TotalSeconds).With("$now", NowMs());
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        var feed = await ReadFeedsAsync(connection, "url = $key", url, cancellationToken);
        return (feed.Single(), created);
    }

    public async Task<Feed?> GetFeedAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await ReadFeedsAsync(connection, "id = $key", id, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Feed>> ListFeedsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadFeedsAsync(connection, "1 = 1 ORDER BY id", null, cancellationToken);
    }

    public async Task<IReadOnlyList<Feed>> ListDueFeedsAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadFeedsAsync(connection, "next_poll_ms <= $key ORDER BY next_poll_ms, id", now.ToUnixTimeMilliseconds(), cancellationToken);
    }

    public async Task<Feed?> ClaimDueFeedAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // One statement: SQLite runs it under the write lock, so two pollers never take the same feed.
        await using var claim = connection.Command(null, $"""
            UPDATE feeds SET next_poll_ms = $until
            WHERE id = (SELECT id FROM feeds WHERE next_poll_ms <= $now ORDER BY next_poll_ms, id LIMIT 1)
            RETURNING {StoredRows.FeedColumns}
            """).With("$now", now.ToUnixTimeMilliseconds()).With("$until", leaseUntil.ToUnixTimeMilliseconds());
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.ReadFeed() : null;
    }

    public async Task<bool> DeleteFeedAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var delete = connection.Command(null, "DELETE FROM feeds WHERE id = $id").With("$id", id);
        return await delete.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task RecordFeedPollAsync(long id, FeedPoll poll, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var connection = await OpenAsync(cancellationToken);
        var sql = poll.Succeeded
            ? """
              UPDATE feeds SET title = coalesce($title, title), etag = $etag, last_modified = $modified,
                  last_polled_ms = $now, last_success_ms = $now, last_error = NULL, failures = 0, next_poll_ms = $next
              WHERE id = $id
              """
            : """
              UPDATE feeds SET last_polled_ms = $now, last_error_ms = $now, last_error = $error,
                  failures = failures + 1, next_poll_ms = $next
              WHERE id = $id
              """;
        await using var update = connection.Command(null, sql)
            .With("$id", id)
            .With("$title", StoredRows.Cut(poll.Title, DraftRules.MaxTitleLength))
            .With("$etag", StoredRows.Cut(poll.ETag, 1000))
            .With("$modified", StoredRows.Cut(poll.LastModified, 100))
            .With("$error", StoredRows.Cut(poll.Error, 1000) ?? "failed")
            .With("$now", NowMs())
            .With("$next", poll.NextPoll.ToUnixTimeMilliseconds());
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<Feed>> ReadFeedsAsync(SqliteConnection connection, string where, object? key, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, $"SELECT {StoredRows.FeedColumns} FROM feeds WHERE {where}");
        if (key is not null)
            command.With("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var feeds = new List<Feed>();
        while (await reader.ReadAsync(cancellationToken))
            feeds.Add(reader.ReadFeed());
        return feeds;
    }
}
