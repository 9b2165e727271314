using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Briefly.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>Title matches weigh more than body matches in search ranking (bm25 column weights).</summary>
    private const string SearchRank = "bm25(articles_fts, 5.0, 1.0)";

    public Task<Article?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        GetWhereAsync("id = $key", id, cancellationToken);

    public Task<Article?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        slug is null ? Task.FromResult<Article?>(null) : GetWhereAsync("slug = $key", slug, cancellationToken);

    public Task<Article?> FindBySourceUrlAsync(string sourceUrl, CancellationToken cancellationToken = default) =>
        // The oldest import wins if the same URL was ever stored twice.
        sourceUrl is null ? Task.FromResult<Article?>(null) : GetWhereAsync("source_url = $key ORDER BY id LIMIT 1", sourceUrl, cancellationToken);

    public Task<Article?> FindByFeedGuidAsync(string feedGuid, CancellationToken cancellationToken = default) =>
        feedGuid is null ? Task.FromResult<Article?>(null) : GetWhereAsync("feed_guid = $key ORDER BY id LIMIT 1", feedGuid, cancellationToken);

    public Task<Article?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default) =>
        contentHash is null ? Task.FromResult<Article?>(null) : GetWhereAsync("content_hash = $key ORDER BY id LIMIT 1", contentHash, cancellationToken);

    public async Task<bool> WasDeletedAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (slug is null)
            return false;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT 1 FROM deleted_slugs d WHERE d.slug = $slug AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.slug = d.slug)
            """).With("$slug", slug);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, ArticleQuery.MaxPageSize);
        var offset = (long)(page - 1) * pageSize;
        var categoryKey = DraftRules.CategoryKey(query.Category);
        var hasText = !string.IsNullOrWhiteSpace(query.Text);

        await using var connection = await OpenAsync(cancellationToken);
        // One read transaction: the count and the page come from the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var match = hasText ? FtsQuery.From(query.Text, await LanguagesAsync(connection, transaction, cancellationToken)) : null;
        if (hasText && match is null)
            return new ArticlePage([], page, pageSize, 0); // only punctuation, or no articles: nothing can match it

        var tagKey = DraftRules.CategoryKey(query.Tag);
        var category = (categoryKey is null ? "" : "AND a.category_key = $category ")
            + (tagKey is null ? "" : "AND EXISTS (SELECT 1 FROM article_tags t WHERE t.tag_key = $tag AND t.article_id = a.id)");
        var (from, order) = match is null
            ? ("articles a WHERE 1 = 1", "a.published_ms DESC, a.id DESC")
            : ("articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH $match", $"{SearchRank}, a.published_ms DESC, a.id DESC");
        int total;
        await using (var count = connection.Command(transaction, $"SELECT count(*) FROM {from} {category}")
            .With("$match", match).With("$category", categoryKey).With("$tag", tagKey))
        {
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var items = new List<ArticleListItem>();
        if (offset < total)
        {
            await using var select = connection.Command(transaction, $"SELECT {StoredRows.ListColumns} FROM {from} {category} ORDER BY {order} LIMIT $limit OFFSET $offset")
                .With("$match", match).With("$category", categoryKey).With("$tag", tagKey).With("$limit", pageSize).With("$offset", offset);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                items.Add(reader.ReadListItem());
        }
        return new ArticlePage(items, page, pageSize, total);
    }

    public async Task<ArticleNeighbours> GetNeighboursAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        long published;
        string language;
        await using (var find = connection.Command(transaction, "SELECT published_ms, language FROM articles WHERE id = $id").With("$id", id))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                return new ArticleNeighbours(null, null);
            (published, language) = (reader.GetInt64(0), reader.GetString(1));
        }

        // Row-value comparisons walk the (language, published_ms, id) index from the article outwards.
        var previous = await LinkAsync(connection, transaction,
            "language = $language AND (published_ms, id) < ($published, $id) ORDER BY published_ms DESC, id DESC", language, published, id, cancellationToken);
        var next = await LinkAsync(connection, transaction,
            "language = $language AND (published_ms, id) > ($published, $id) ORDER BY published_ms, id", language, published, id, cancellationToken);
        return new ArticleNeighbours(previous, next);
    }

    public async Task<IReadOnlyList<ArticleStamp>> ListStampsAsync(int skip, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT id, slug, updated_ms FROM articles ORDER BY id LIMIT $count OFFSET $skip")
            .With("$count", count).With("$skip", skip);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stamps = new List<ArticleStamp>();
        while (await reader.ReadAsync(cancellationToken))
            stamps.Add(new ArticleStamp(reader.GetInt64(0), reader.GetString(1), reader.GetTime(2)));
        return stamps;
    }

    /// <summary>Categories grouped without regard to case (<see cref="StoredRows.Categories"/>).</summary>
    public async Task<IReadOnlyList<CategoryCount>> ListCategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT category_key, category, count(*), min(id) FROM articles
            WHERE category_key IS NOT NULL
            GROUP BY category_key, category
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string, string, int, long)>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3)));
        return StoredRows.Categories(rows);
    }

    private async Task<Article?> GetWhereAsync(string where, object key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Article and tags from one snapshot, so a concurrent update never mixes old tags with new text.
        await using var transaction = connection.BeginTransaction(deferred: true);
        Article article;
        await using (var select = connection.Command(transaction, $"SELECT {StoredRows.ArticleColumns} FROM articles WHERE {where}").With("$key", key))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            article = reader.ReadArticle();
        }

        await using var tags = connection.Command(transaction, "SELECT tag FROM article_tags WHERE article_id = $id ORDER BY position").With("$id", article.Id);
        await using var tagReader = await tags.ExecuteReaderAsync(cancellationToken);
        var list = new List<string>();
        while (await tagReader.ReadAsync(cancellationToken))
            list.Add(tagReader.GetString(0));
        return article with { Tags = list };
    }

    private static async Task<ArticleLink?> LinkAsync(
        SqliteConnection connection, SqliteTransaction transaction, string whereAndOrder, string language, long published, long id,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, $"SELECT id, slug, title, published_ms, language FROM articles WHERE {whereAndOrder} LIMIT 1")
            .With("$language", language).With("$published", published).With("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ArticleLink(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetTime(3), reader.GetString(4))
            : null;
    }
}
