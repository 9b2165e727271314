using Npgsql;

namespace Briefly.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    private const int TagKeysMigration = 8;

    public async Task<bool> PutImageAsync(long articleId, StoredImage image, CancellationToken cancellationToken = default)
    {
        StoredImages.Check(image);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var put = connection.Command(null, """
            INSERT INTO article_images (article_id, source_url, content_type, bytes, stored_ms)
            SELECT id, @source, @type, @bytes, @now FROM articles WHERE id = @id
            ON CONFLICT (article_id) DO UPDATE SET source_url = excluded.source_url, content_type = excluded.content_type,
                bytes = excluded.bytes, stored_ms = excluded.stored_ms
            """).With("id", articleId).With("source", TextSearch.WithoutNul(image.SourceUrl)).With("type", TextSearch.WithoutNul(image.ContentType))
            .With("bytes", image.Bytes).With("now", NowMs());
        return await put.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<StoredImage?> GetImageAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command(null, "SELECT source_url, content_type, bytes FROM article_images WHERE article_id = @id")
            .With("id", articleId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredImage(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2))
            : null;
    }

    /// <summary>Writes the match keys of tags stored before they existed (migration 8), a batch per transaction.</summary>
    private static async Task KeyStaleTagsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var stale = new List<(long Article, int Position, string Tag)>();
            await using (var select = connection.Command(transaction, "SELECT article_id, position, tag FROM article_tags WHERE tag_key IS NULL LIMIT 1000 FOR UPDATE SKIP LOCKED"))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    stale.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2)));
            }
            if (stale.Count == 0)
                return;
            await using var update = connection.Command(transaction, """
                UPDATE article_tags t SET tag_key = k.key FROM unnest(@ids, @positions, @keys) AS k (id, position, key)
                WHERE t.article_id = k.id AND t.position = k.position
                """).With("ids", stale.Select(s => s.Article).ToArray()).With("positions", stale.Select(s => s.Position).ToArray())
                .With("keys", stale.Select(s => DraftRules.CategoryKey(s.Tag) ?? "").ToArray());
            await update.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
