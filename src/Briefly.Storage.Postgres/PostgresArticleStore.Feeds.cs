using Npgsql;

namespace Briefly.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    private const string FeedColumns = """
        id, url, title, interval_s, etag, last_modified, last_polled_ms, last_success_ms, last_error_ms, last_error,
        failures, next_poll_ms, created_ms
        """;

    public async Task<(Feed Feed, bool Created)> AddFeedAsync(string url, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        if (url.Length > DraftRules.MaxUrlLength)
            throw new ArgumentException($"The feed URL is longer than {DraftRules.MaxUrlLength} characters.", nameof(url));
        if (interval < TimeSpan.FromMinutes(1))
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "Feeds are polled at most once a minute.");
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // Subscribing again is how a publisher says "this feed, at this interval, now": the new interval holds, the
        // backoff of past failures is forgiven, and it is due at once. xmax = 0 tells a new row from an updated one.
        await using var upsert = connection.Command(null, $"""
            INSERT INTO feeds (url, interval_s, next_poll_ms, created_ms) VALUES (@url, @interval, @now, @now)
            ON CONFLICT (url) DO UPDATE SET interval_s = excluded.interval_s, next_poll_ms = excluded.next_poll_ms, failures = 0
            RETURNING {FeedColumns}, xmax = 0
            """).With("url", TextSearch.WithoutNul(url)).With("interval", (long)interval.TotalSeconds).With("now", NowMs());
        await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (ReadFeed(reader), reader.GetBoolean(13));
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
            RETURNING {FeedColumns}
            """).With("now", now.ToUnixTimeMilliseconds()).With("until", leaseUntil.ToUnixTimeMilliseconds());
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadFeed(reader) : null;
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
            .With("title", Cut(poll.Title, DraftRules.MaxTitleLength))
            .With("etag", Cut(poll.ETag, 1000))
            .With("modified", Cut(poll.LastModified, 100))
            .With("error", Cut(poll.Error, 1000) ?? "failed")
            .With("now", NowMs())
            .With("next", poll.NextPoll.ToUnixTimeMilliseconds());
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Cut(string? value, int limit) =>
        value is null ? null : TextSearch.WithoutNul(value.Length <= limit ? value : value[..limit]);

    private static async Task<List<Feed>> ReadFeedsAsync(NpgsqlConnection connection, string where, long? key, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, $"SELECT {FeedColumns} FROM feeds WHERE {where}");
        if (key is { } value)
            command.With("key", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var feeds = new List<Feed>();
        while (await reader.ReadAsync(cancellationToken))
            feeds.Add(ReadFeed(reader));
        return feeds;
    }

    private static Feed ReadFeed(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Url = reader.GetString(1),
        Title = reader.GetStringOrNull(2),
        Interval = TimeSpan.FromSeconds(reader.GetInt64(3)),
        ETag = reader.GetStringOrNull(4),
        LastModified = reader.GetStringOrNull(5),
        LastPolled = reader.GetTimeOrNull(6),
        LastSuccess = reader.GetTimeOrNull(7),
        LastError = reader.GetTimeOrNull(8),
        LastErrorMessage = reader.GetStringOrNull(9),
        Failures = reader.GetInt32(10),
        NextPoll = reader.GetTime(11),
        Created = reader.GetTime(12),
    };
}
