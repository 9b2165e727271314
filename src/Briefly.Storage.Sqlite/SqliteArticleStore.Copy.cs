namespace Briefly.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public async Task<IReadOnlyList<Article>> ReadArticlesAfterAsync(long afterId, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var articles = new List<Article>();
        await using (var select = connection.Command(transaction, $"SELECT {StoredRows.ArticleColumns} FROM articles WHERE id > $after ORDER BY id LIMIT $count")
            .With("$after", afterId).With("$count", count))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                articles.Add(reader.ReadArticle());
        }
        if (articles.Count == 0)
            return articles;
        var tags = new Dictionary<long, List<string>>();
        await using (var select = connection.Command(transaction, """
            SELECT article_id, tag FROM article_tags WHERE article_id > $after AND article_id <= $last ORDER BY article_id, position
            """).With("$after", afterId).With("$last", articles[^1].Id))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                (tags.TryGetValue(reader.GetInt64(0), out var list) ? list : tags[reader.GetInt64(0)] = []).Add(reader.GetString(1));
        }
        return articles.Select(a => tags.TryGetValue(a.Id, out var list) ? a with { Tags = list } : a).ToList();
    }

    public async Task CopyInArticlesAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var a in articles)
        {
            // AUTOINCREMENT keeps the largest id ever used, so later articles get ids above the copied ones.
            await using var insert = connection.Command(transaction, """
                INSERT INTO articles (id, slug, title, body_html, body_text, language, published_ms, source_url, author,
                    category, category_key, feed_guid, content_hash, word_count, created_ms, updated_ms,
                    search_title, search_body, search_version, source_name, image_url)
                VALUES ($id, $slug, $title, $html, $text, $language, $published, $source, $author,
                    $category, $category_key, $guid, $hash, $words, $created, $updated, $search_title, $search_body, $search_version,
                    $source_name, $image_url)
                """)
                .With("$id", a.Id).With("$slug", a.Slug).With("$title", a.Title).With("$html", a.BodyHtml).With("$text", a.BodyText)
                .With("$language", a.Language).With("$published", a.Published.ToUnixTimeMilliseconds()).With("$source", a.SourceUrl)
                .With("$author", a.Author).With("$category", a.Category).With("$category_key", DraftRules.CategoryKey(a.Category))
                .With("$guid", a.FeedGuid).With("$hash", a.ContentHash).With("$words", a.WordCount)
                .With("$created", a.Created.ToUnixTimeMilliseconds()).With("$updated", a.Updated.ToUnixTimeMilliseconds())
                .WithSearchTerms(a.Title, a.BodyText, a.Language)
                .With("$source_name", a.SourceName).With("$image_url", a.ImageUrl);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await InsertTagsAsync(connection, transaction, a.Id, a.Tags, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        ForgetLanguages();
    }

    public async Task CopyInFeedAsync(Feed feed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.Command(null, """
            INSERT INTO feeds (id, url, title, interval_s, etag, last_modified, last_polled_ms, last_success_ms, last_error_ms,
                last_error, failures, next_poll_ms, created_ms)
            VALUES ($id, $url, $title, $interval, $etag, $modified, $polled, $success, $error_ms, $error, $failures, $next, $created)
            """)
            .With("$id", feed.Id).With("$url", feed.Url).With("$title", feed.Title).With("$interval", (long)feed.Interval.TotalSeconds)
            .With("$etag", feed.ETag).With("$modified", feed.LastModified).With("$polled", feed.LastPolled?.ToUnixTimeMilliseconds())
            .With("$success", feed.LastSuccess?.ToUnixTimeMilliseconds()).With("$error_ms", feed.LastError?.ToUnixTimeMilliseconds())
            .With("$error", feed.LastErrorMessage).With("$failures", feed.Failures).With("$next", feed.NextPoll.ToUnixTimeMilliseconds())
            .With("$created", feed.Created.ToUnixTimeMilliseconds());
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
