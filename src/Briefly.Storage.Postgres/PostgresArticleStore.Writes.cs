using Npgsql;

namespace Briefly.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    // The title weighs more than the body in search ranking (ts_rank's A and B weights).
    private const string SearchVector = """
        setweight(to_tsvector(@config::regconfig, @title_search), 'A') || setweight(to_tsvector(@config::regconfig, @text_search), 'B')
        """;

    public async Task<Article> AddAsync(ArticleDraft draft, CancellationToken cancellationToken = default)
    {
        var d = DraftRules.Validate(draft);
        var now = NowMs();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var wanted = d.Slug ?? Slugs.From(d.Title);
        var taken = await TakenSlugsAsync(connection, transaction, wanted, cancellationToken);
        long? id = null;
        var slug = wanted;
        for (var n = 1; id is null; n++)
        {
            slug = Slugs.WithSuffix(wanted, n);
            if (taken.Contains(slug))
                continue;
            // The UNIQUE constraint has the last word: a slug taken after the look-up above (by another node, say)
            // just moves on to the next.
            await using var insert = connection.Command(transaction, $"""
                INSERT INTO articles (slug, title, body_html, body_text, language, published_ms, source_url, author,
                    category, category_key, feed_guid, content_hash, word_count, created_ms, updated_ms, search_config, search,
                    source_name, image_url)
                VALUES (@slug, @title, @html, @text, @language, @published, @source, @author,
                    @category, @category_key, @guid, @hash, @words, @now, @now, @config::regconfig, {SearchVector},
                    @source_name, @image_url)
                ON CONFLICT (slug) DO NOTHING
                RETURNING id
                """).With("slug", slug).WithContent(d).WithSearchVector(d.Title, d.BodyText, d.Language).With("now", now);
            id = (long?)await insert.ExecuteScalarAsync(cancellationToken);
        }

        await InsertTagsAsync(connection, transaction, id.Value, d.Tags, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return d.ToArticle(id.Value, slug, now, now);
    }

    public async Task<Article?> UpdateAsync(long id, ArticleDraft draft, CancellationToken cancellationToken = default)
    {
        var d = DraftRules.Validate(draft);
        var now = NowMs();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        string slug, oldHash, oldLanguage;
        string? oldImage;
        long created;
        bool hasImage;
        // FOR UPDATE: a concurrent update of the same article waits, so the hash read here is the one replaced.
        await using (var select = connection.Command(transaction, """
            SELECT slug, content_hash, created_ms, image_url, EXISTS (SELECT 1 FROM article_images i WHERE i.article_id = articles.id), language
            FROM articles WHERE id = @id FOR UPDATE
            """).With("id", id))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            (slug, oldHash, created) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
            (oldImage, hasImage, oldLanguage) = (reader.GetStringOrNull(3), reader.GetBoolean(4), reader.GetString(5));
        }

        var contentChanged = oldHash != d.ContentHash;
        var setContent = contentChanged ? "title = @title, body_text = @text, content_hash = @hash, word_count = @words," : "";
        // The search vector depends on the text and its language only: rebuilt (and the index touched) when they change.
        var searchChanged = contentChanged || oldLanguage != d.Language;
        var setSearch = searchChanged ? $"search_config = @config::regconfig, search = {SearchVector}," : "";
        await using (var update = connection.Command(transaction, $"""
            UPDATE articles SET {setContent} {setSearch} body_html = @html, language = @language, published_ms = @published,
                source_url = @source, author = @author, category = @category, category_key = @category_key,
                feed_guid = @guid, updated_ms = @now, source_name = @source_name, image_url = @image_url
            WHERE id = @id
            """).WithContent(d).With("now", now).With("id", id))
        {
            if (searchChanged)
                update.WithSearchVector(d.Title, d.BodyText, d.Language);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var clear = connection.Command(transaction, "DELETE FROM article_tags WHERE article_id = @id").With("id", id))
            await clear.ExecuteNonQueryAsync(cancellationToken);
        await InsertTagsAsync(connection, transaction, id, d.Tags, cancellationToken);
        if (contentChanged)
            await DropOrphanedSummariesAsync(connection, transaction, oldHash, cancellationToken);
        // A copy of another image than the one the article now names would be the wrong picture.
        if (hasImage && oldImage != d.ImageUrl)
        {
            await using var drop = connection.Command(transaction, "DELETE FROM article_images WHERE article_id = @id").With("id", id);
            await drop.ExecuteNonQueryAsync(cancellationToken);
            hasImage = false;
        }

        await transaction.CommitAsync(cancellationToken);
        return d.ToArticle(id, slug, created, now, hasImage);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string hash, slug;
        // Tags go with the article (ON DELETE CASCADE), and so does its search vector.
        await using (var delete = connection.Command(transaction, "DELETE FROM articles WHERE id = @id RETURNING content_hash, slug").With("id", id))
        await using (var reader = await delete.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                return false;
            (hash, slug) = (reader.GetString(0), reader.GetString(1));
        }
        await using (var remember = connection.Command(transaction, """
            INSERT INTO deleted_slugs (slug, deleted_ms) VALUES (@slug, @now) ON CONFLICT (slug) DO UPDATE SET deleted_ms = excluded.deleted_ms
            """).With("slug", slug).With("now", NowMs()))
            await remember.ExecuteNonQueryAsync(cancellationToken);
        await DropOrphanedSummariesAsync(connection, transaction, hash, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary><paramref name="wanted"/> and its numbered variants that are in use.</summary>
    private static async Task<HashSet<string>> TakenSlugsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string wanted, CancellationToken cancellationToken)
    {
        // Slugs hold only [a-z0-9-] and '.' follows '-' in the "C" collation, so this range is exactly the slugs
        // starting "wanted-", served by the UNIQUE index.
        await using var command = connection.Command(transaction, "SELECT slug FROM articles WHERE slug = @wanted OR (slug > @low AND slug < @high)")
            .With("wanted", wanted).With("low", wanted + "-").With("high", wanted + ".");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
            taken.Add(reader.GetString(0));
        return taken;
    }

    private static async Task InsertTagsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long id, IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        if (tags.Count == 0)
            return;
        await using var insert = connection.Command(transaction, """
            INSERT INTO article_tags (article_id, position, tag, tag_key)
            SELECT @id, t.position - 1, t.tag, t.tag_key FROM unnest(@tags, @keys) WITH ORDINALITY AS t (tag, tag_key, position)
            """).With("id", id).With("tags", tags.ToArray()).With("keys", tags.Select(t => DraftRules.CategoryKey(t) ?? "").ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Summaries of content that no article has any more can never be asked for again.</summary>
    private static async Task DropOrphanedSummariesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string hash, CancellationToken cancellationToken)
    {
        await using var delete = connection.Command(transaction, """
            DELETE FROM summaries
            WHERE content_hash = @hash AND NOT EXISTS (SELECT 1 FROM articles WHERE content_hash = @hash)
            """).With("hash", hash);
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }
}

internal static class ContentParameters
{
    /// <summary>The columns an article's draft decides, under the parameter names the statements above use.</summary>
    public static NpgsqlCommand WithContent(this NpgsqlCommand command, ValidDraft d) => command
        .With("title", d.Title)
        .With("html", d.BodyHtml)
        .With("text", d.BodyText)
        .With("language", d.Language)
        .With("published", d.Published.ToUnixTimeMilliseconds())
        .With("source", d.SourceUrl)
        .With("author", d.Author)
        .With("category", d.Category)
        .With("category_key", d.CategoryKey)
        .With("guid", d.FeedGuid)
        .With("hash", d.ContentHash)
        .With("words", d.WordCount)
        .With("source_name", d.SourceName)
        .With("image_url", d.ImageUrl);

    /// <summary>What <c>SearchVector</c> is built from: the language's configuration and the folded title and text.</summary>
    public static NpgsqlCommand WithSearchVector(this NpgsqlCommand command, string title, string text, string language) => command
        .With("config", TextSearch.Configuration(language))
        .With("title_search", TextSearch.Fold(title))
        .With("text_search", TextSearch.Fold(text));
}
