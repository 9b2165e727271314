using Microsoft.Data.Sqlite;

namespace Briefly.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private const int TagKeysMigration = 8;

    public async Task<bool> PutImageAsync(long articleId, StoredImage image, CancellationToken cancellationToken = default)
    {
        StoredImages.Check(image);
        await using var connection = await OpenAsync(cancellationToken);
        await using var put = connection.Command(null, """
            INSERT INTO article_images (article_id, source_url, content_type, bytes, stored_ms)
            SELECT id, $source, $type, $bytes, $now FROM articles WHERE id = $id
            ON CONFLICT (article_id) DO UPDATE SET source_url = excluded.source_url, content_type = excluded.content_type,
                bytes = excluded.bytes, stored_ms = excluded.stored_ms
            """).With("$id", articleId).With("$source", image.SourceUrl).With("$type", image.ContentType).With("$now", NowMs());
        put.Parameters.Add("$bytes", SqliteType.Blob).Value = image.Bytes;
        return await put.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<StoredImage?> GetImageAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.Command(null, "SELECT source_url, content_type, bytes FROM article_images WHERE article_id = $id")
            .With("$id", articleId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredImage(reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2))
            : null;
    }

    /// <summary>Writes the match keys of tags stored before they existed (migration 8), a batch per transaction.</summary>
    private static async Task KeyStaleTagsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            var stale = new List<(long Article, long Position, string Tag)>();
            await using (var select = connection.Command(transaction, "SELECT article_id, position, tag FROM article_tags WHERE tag_key IS NULL LIMIT 1000"))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    stale.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
            if (stale.Count == 0)
                return;
            await using var update = connection.Command(transaction, "UPDATE article_tags SET tag_key = $key WHERE article_id = $id AND position = $position");
            foreach (var (article, position, tag) in stale)
            {
                update.Parameters.Clear();
                // An empty key never matches a query (which has none), and is not NULL, so the loop ends.
                await update.With("$key", DraftRules.CategoryKey(tag) ?? "").With("$id", article).With("$position", position)
                    .ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
