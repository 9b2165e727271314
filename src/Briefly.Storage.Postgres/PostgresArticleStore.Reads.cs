using System.Globalization;
using Npgsql;

namespace Briefly.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    public Task<Article?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        GetWhereAsync("id = @key", id, cancellationToken);

    public Task<Article?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        slug is null ? Task.FromResult<Article?>(null) : GetWhereAsync("slug = @key", TextSearch.WithoutNul(slug), cancellationToken);

    public Task<Article?> FindBySourceUrlAsync(string sourceUrl, CancellationToken cancellationToken = default) =>
        // The oldest import wins if the same URL was ever stored twice.
        sourceUrl is null ? Task.FromResult<Article?>(null) : GetWhereAsync("source_url = @key ORDER BY id LIMIT 1", TextSearch.WithoutNul(sourceUrl), cancellationToken);

    public Task<Article?> FindByFeedGuidAsync(string feedGuid, CancellationToken cancellationToken = default) =>
        feedGuid is null ? Task.FromResult<Article?>(null) : GetWhereAsync("feed_guid = @key ORDER BY id LIMIT 1", TextSearch.WithoutNul(feedGuid), cancellationToken);

    public Task<Article?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default) =>
        contentHash is null ? Task.FromResult<Article?>(null) : GetWhereAsync("content_hash = @key ORDER BY id LIMIT 1", TextSearch.WithoutNul(contentHash), cancellationToken);

    public async Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, ArticleQuery.MaxPageSize);
        var offset = (long)(page - 1) * pageSize;
        var categoryKey = DraftRules.CategoryKey(query.Category);
        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        var words = SearchWords(query.Text);
        if (hasText && words is null)
            return new ArticlePage([], page, pageSize, 0); // only punctuation: nothing can match it

        var tagKey = DraftRules.CategoryKey(query.Tag);
        var category = (categoryKey is null ? "" : "AND a.category_key = @category ")
            + (tagKey is null ? "" : "AND EXISTS (SELECT 1 FROM article_tags t WHERE t.tag_key = @tag AND t.article_id = a.id)");
        // Each article is matched with the query in its own language's configuration, as it was indexed; the query
        // is parsed once per row and used for both the match and the rank.
        var (from, where, order) = words is null
            ? ("articles a", "1 = 1", "a.published_ms DESC, a.id DESC")
            : ("articles a CROSS JOIN LATERAL plainto_tsquery(a.search_config, @words) AS q", "a.search @@ q",
               "ts_rank(a.search, q) DESC, a.published_ms DESC, a.id DESC");

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // REPEATABLE READ: the count and the page come from the same snapshot.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        int total;
        await using (var count = connection.Command(transaction, $"SELECT count(*) FROM {from} WHERE {where} {category}")
            .With("words", words ?? "").With("category", categoryKey).With("tag", tagKey))
        {
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var items = new List<ArticleListItem>();
        if (offset < total)
        {
            await using var select = connection.Command(transaction, $"SELECT {StoredRows.ListColumns} FROM {from} WHERE {where} {category} ORDER BY {order} LIMIT @limit OFFSET @offset")
                .With("words", words ?? "").With("category", categoryKey).With("tag", tagKey).With("limit", pageSize).With("offset", offset);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                items.Add(reader.ReadListItem());
        }
        await transaction.CommitAsync(cancellationToken);
        return new ArticlePage(items, page, pageSize, total);
    }

    public async Task<bool> WasDeletedAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (slug is null)
            return false;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT 1 FROM deleted_slugs d WHERE d.slug = @slug AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.slug = d.slug)
            """).With("slug", TextSearch.WithoutNul(slug));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<ArticleNeighbours> GetNeighboursAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // One statement, one snapshot: the article's place and both neighbours in its language.
        await using var command = connection.Command(null, """
            WITH me AS (SELECT published_ms, id, language FROM articles WHERE id = @id)
            SELECT 'p', p.id, p.slug, p.title, p.published_ms, p.language FROM me, LATERAL (
                SELECT id, slug, title, published_ms, language FROM articles a
                WHERE a.language = me.language AND (a.published_ms, a.id) < (me.published_ms, me.id)
                ORDER BY a.published_ms DESC, a.id DESC LIMIT 1) p
            UNION ALL
            SELECT 'n', n.id, n.slug, n.title, n.published_ms, n.language FROM me, LATERAL (
                SELECT id, slug, title, published_ms, language FROM articles a
                WHERE a.language = me.language AND (a.published_ms, a.id) > (me.published_ms, me.id)
                ORDER BY a.published_ms, a.id LIMIT 1) n
            """).With("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        ArticleLink? previous = null, next = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var link = new ArticleLink(reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetTime(4), reader.GetString(5));
            if (reader.GetString(0) == "p")
                previous = link;
            else
                next = link;
        }
        return new ArticleNeighbours(previous, next);
    }

    public async Task<IReadOnlyList<ArticleStamp>> ListStampsAsync(int skip, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT id, slug, updated_ms FROM articles ORDER BY id LIMIT @count OFFSET @skip")
            .With("count", count).With("skip", skip);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stamps = new List<ArticleStamp>();
        while (await reader.ReadAsync(cancellationToken))
            stamps.Add(new ArticleStamp(reader.GetInt64(0), reader.GetString(1), reader.GetTime(2)));
        return stamps;
    }

    /// <summary>Categories grouped without regard to case (<see cref="StoredRows.Categories"/>).</summary>
    public async Task<IReadOnlyList<CategoryCount>> ListCategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT category_key, category, count(*), min(id) FROM articles
            WHERE category_key IS NOT NULL
            GROUP BY category_key, category
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string, string, int, long)>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add((reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetInt64(2)), reader.GetInt64(3)));
        return StoredRows.Categories(rows);
    }

    /// <summary>
    /// A reader's words as plain text for plainto_tsquery, which reads no operators: every word must match. Words
    /// without a letter or digit are dropped, the rest folded like the indexed text; null when none is left.
    /// </summary>
    private static string? SearchWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .Take(Briefly.Text.Search.SearchTerms.MaxQueryWords)
            .Select(TextSearch.Fold)
            .ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private async Task<Article?> GetWhereAsync(string where, object key, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // Article and tags in one statement, so a concurrent update never mixes old tags with new text.
        await using var select = connection.Command(null, $"""
            SELECT {StoredRows.ArticleColumns}, ARRAY(SELECT tag FROM article_tags t WHERE t.article_id = articles.id ORDER BY t.position)
            FROM articles WHERE {where}
            """);
        select.Parameters.Add(key is long number ? new NpgsqlParameter<long>("key", number) : new NpgsqlParameter<string>("key", (string)key));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return reader.ReadArticle() with { Tags = reader.GetFieldValue<string[]>(StoredRows.ArticleColumnCount) };
    }
}
