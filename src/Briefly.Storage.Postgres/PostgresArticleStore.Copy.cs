namespace Briefly.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    public async Task<IReadOnlyList<Article>> ReadArticlesAfterAsync(long afterId, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command(null, $"""
            SELECT {StoredRows.ArticleColumns}, ARRAY(SELECT tag FROM article_tags t WHERE t.article_id = articles.id ORDER BY t.position)
            FROM articles WHERE id > @after ORDER BY id LIMIT @count
            """).With("after", afterId).With("count", count);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var articles = new List<Article>();
        while (await reader.ReadAsync(cancellationToken))
            articles.Add(reader.ReadArticle() with { Tags = reader.GetFieldValue<string[]>(StoredRows.ArticleColumnCount) });
        return articles;
    }

    public async Task CopyInArticlesAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var a in articles)
        {
            await using var insert = connection.Command(transaction, $"""
                INSERT INTO articles (id, slug, title, body_html, body_text, language, published_ms, source_url, author,
                    category, category_key, feed_guid, content_hash, word_count, created_ms, updated_ms, search_config, search,
                    source_name, image_url)
                VALUES (@id, @slug, @title, @html, @text, @language, @published, @source, @author,
                    @category, @category_key, @guid, @hash, @words, @created, @updated, @config::regconfig, {SearchVector},
                    @source_name, @image_url)
                """)
                .With("id", a.Id).With("slug", a.Slug).With("title", a.Title).With("html", a.BodyHtml).With("text", a.BodyText)
                .With("language", a.Language).With("published", a.Published.ToUnixTimeMilliseconds()).With("source", a.SourceUrl)
                .With("author", a.Author).With("category", a.Category).With("category_key", DraftRules.CategoryKey(a.Category))
                .With("guid", a.FeedGuid).With("hash", a.ContentHash).With("words", a.WordCount)
                .With("created", a.Created.ToUnixTimeMilliseconds()).With("updated", a.Updated.ToUnixTimeMilliseconds())
                .WithSearchVector(a.Title, a.BodyText, a.Language)
                .With("source_name", a.SourceName).With("image_url", a.ImageUrl);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await InsertTagsAsync(connection, transaction, a.Id, a.Tags, cancellationToken);
        }
        // An identity given explicitly does not move its sequence: move it past the copied ids.
        await using (var sequence = connection.Command(transaction,
            "SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM articles), false)"))
            await sequence.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task CopyInFeedAsync(Feed feed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.Command(transaction, """
            INSERT INTO feeds (id, url, title, interval_s, etag, last_modified, last_polled_ms, last_success_ms, last_error_ms,
                last_error, failures, next_poll_ms, created_ms)
            VALUES (@id, @url, @title, @interval, @etag, @modified, @polled, @success, @error_ms, @error, @failures, @next, @created)
            """)
            .With("id", feed.Id).With("url", feed.Url).With("title", feed.Title).With("interval", (long)feed.Interval.TotalSeconds)
            .With("etag", feed.ETag).With("modified", feed.LastModified).With("polled", feed.LastPolled?.ToUnixTimeMilliseconds())
            .With("success", feed.LastSuccess?.ToUnixTimeMilliseconds()).With("error_ms", feed.LastError?.ToUnixTimeMilliseconds())
            .With("error", feed.LastErrorMessage).With("failures", feed.Failures).With("next", feed.NextPoll.ToUnixTimeMilliseconds())
            .With("created", feed.Created.ToUnixTimeMilliseconds()))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var sequence = connection.Command(transaction,
            "SELECT setval(pg_get_serial_sequence('feeds', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM feeds), false)"))
            await sequence.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
