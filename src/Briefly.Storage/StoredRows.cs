using System.Data.Common;

namespace Briefly.Storage;

/// <summary>
/// Rows as every store keeps them (times as bigint unix milliseconds, UTC), read back the same way whatever the
/// database: the column order of <see cref="ArticleColumns"/> and <see cref="FeedColumns"/>.
/// </summary>
public static class StoredRows
{
    public const string ArticleColumns = """
        id, slug, title, body_html, body_text, language, published_ms, source_url, author, category,
        feed_guid, content_hash, word_count, created_ms, updated_ms, source_name, image_url,
        EXISTS (SELECT 1 FROM article_images i WHERE i.article_id = articles.id)
        """;

    /// <summary>How many columns <see cref="ArticleColumns"/> has: a query may add its own after them.</summary>
    public const int ArticleColumnCount = 18;

    public const string FeedColumns = """
        id, url, title, interval_s, etag, last_modified, last_polled_ms, last_success_ms, last_error_ms, last_error,
        failures, next_poll_ms, created_ms
        """;

    /// <summary>
    /// A list entry's columns of the articles table aliased <c>a</c>: the body only as far as an excerpt needs, and
    /// whether it went on.
    /// </summary>
    public static readonly string ListColumns = $"""
        a.id, a.slug, a.title, a.language, a.published_ms, a.author, a.category, a.word_count,
        substr(a.body_text, 1, {BodyText.ExcerptSourceChars}), length(substr(a.body_text, 1, {BodyText.ExcerptSourceChars + 1})) > {BodyText.ExcerptSourceChars},
        a.content_hash, EXISTS (SELECT 1 FROM article_images i WHERE i.article_id = a.id)
        """;

    /// <summary>A list entry from the <see cref="ListColumns"/>.</summary>
    public static ArticleListItem ReadListItem(this DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetTime(4),
        reader.GetStringOrNull(5),
        reader.GetStringOrNull(6),
        BodyText.Excerpt(reader.GetString(8), isPrefix: reader.GetBoolean(9)),
        reader.GetInt32(7),
        reader.GetString(10),
        reader.GetBoolean(11));

    /// <summary>The checks every store makes before it subscribes to a feed.</summary>
    /// <exception cref="ArgumentException">No URL, or one longer than <see cref="DraftRules.MaxUrlLength"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An interval under a minute.</exception>
    public static void CheckFeed(string url, TimeSpan interval)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        if (url.Length > DraftRules.MaxUrlLength)
            throw new ArgumentException($"The feed URL is longer than {DraftRules.MaxUrlLength} characters.", nameof(url));
        if (interval < TimeSpan.FromMinutes(1))
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "Feeds are polled at most once a minute.");
    }

    public static string? GetStringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset GetTime(this DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? GetTimeOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetTime(ordinal);

    /// <summary>An article from the <see cref="ArticleColumns"/> (tags are read separately).</summary>
    public static Article ReadArticle(this DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Slug = r.GetString(1),
        Title = r.GetString(2),
        BodyHtml = r.GetString(3),
        BodyText = r.GetString(4),
        Language = r.GetString(5),
        Published = r.GetTime(6),
        SourceUrl = r.GetStringOrNull(7),
        Author = r.GetStringOrNull(8),
        Category = r.GetStringOrNull(9),
        FeedGuid = r.GetStringOrNull(10),
        ContentHash = r.GetString(11),
        WordCount = r.GetInt32(12),
        Created = r.GetTime(13),
        Updated = r.GetTime(14),
        SourceName = r.GetStringOrNull(15),
        ImageUrl = r.GetStringOrNull(16),
        HasImage = r.GetBoolean(17),
    };

    /// <summary>A feed from the <see cref="FeedColumns"/>.</summary>
    public static Feed ReadFeed(this DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Url = r.GetString(1),
        Title = r.GetStringOrNull(2),
        Interval = TimeSpan.FromSeconds(r.GetInt64(3)),
        ETag = r.GetStringOrNull(4),
        LastModified = r.GetStringOrNull(5),
        LastPolled = r.GetTimeOrNull(6),
        LastSuccess = r.GetTimeOrNull(7),
        LastError = r.GetTimeOrNull(8),
        LastErrorMessage = r.GetStringOrNull(9),
        Failures = r.GetInt32(10),
        NextPoll = r.GetTime(11),
        Created = r.GetTime(12),
    };

    /// <summary>The article a store just wrote from <paramref name="d"/>, as it would read it back (whole milliseconds, UTC).</summary>
    public static Article ToArticle(this ValidDraft d, long id, string slug, long createdMs, long updatedMs, bool hasImage = false) => new()
    {
        Id = id,
        Slug = slug,
        Title = d.Title,
        BodyHtml = d.BodyHtml,
        BodyText = d.BodyText,
        Language = d.Language,
        Published = DateTimeOffset.FromUnixTimeMilliseconds(d.Published.ToUnixTimeMilliseconds()),
        SourceUrl = d.SourceUrl,
        SourceName = d.SourceName,
        ImageUrl = d.ImageUrl,
        Author = d.Author,
        Category = d.Category,
        Tags = d.Tags,
        FeedGuid = d.FeedGuid,
        ContentHash = d.ContentHash,
        WordCount = d.WordCount,
        Created = DateTimeOffset.FromUnixTimeMilliseconds(createdMs),
        Updated = DateTimeOffset.FromUnixTimeMilliseconds(updatedMs),
        HasImage = hasImage,
    };

    /// <summary>
    /// Categories from rows grouped by (key, spelling): each shown in its most common spelling, a tie going to the
    /// spelling stored first; ordered by name, ignoring case (culture-invariant).
    /// </summary>
    public static IReadOnlyList<CategoryCount> Categories(IEnumerable<(string Key, string Spelling, int Count, long FirstId)> rows)
    {
        var groups = new Dictionary<string, (string Name, int Count, int NameCount, long FirstId)>(StringComparer.Ordinal);
        foreach (var (key, spelling, count, firstId) in rows)
        {
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = (spelling, count, count, firstId);
                continue;
            }
            var better = count > group.NameCount || (count == group.NameCount && firstId < group.FirstId);
            groups[key] = better
                ? (spelling, group.Count + count, count, firstId)
                : group with { Count = group.Count + count };
        }
        return groups.Values
            .Select(g => new CategoryCount(g.Name, g.Count))
            .OrderBy(c => c.Name, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What a feed poll's strings are cut to before they are stored.</summary>
    public static string? Cut(string? value, int limit) => value is null || value.Length <= limit ? value : value[..limit];

    /// <exception cref="ArgumentException">The key lacks its content hash or a part.</exception>
    public static void Check(SummaryCacheKey key)
    {
        if (string.IsNullOrEmpty(key.ContentHash))
            throw new ArgumentException("The summary cache key has no content hash.", nameof(key));
        if (key.Options is null || key.Method is null || key.EngineVersion is null)
            throw new ArgumentException("The summary cache key is incomplete (options, method and engine version may be empty, not null).", nameof(key));
    }
}
