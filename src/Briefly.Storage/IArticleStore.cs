namespace Briefly.Storage;

/// <summary>
/// Everything the site, the API and ingestion keep. One interface, one contract test suite, several databases
/// (SQLite by default, PostgreSQL for scale-out), so nothing above this line knows which one it talks to.
/// </summary>
public interface IArticleStore
{
    /// <summary>Creates or upgrades the schema in place; safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new article with a unique slug (from the draft's slug or its title) and its content hash.</summary>
    Task<Article> AddAsync(ArticleDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Replaces an article's content, keeping its id and slug; null when there is no such article.</summary>
    /// <remarks>When the content hash changes, summaries cached for the old content are dropped.</remarks>
    Task<Article?> UpdateAsync(long id, ArticleDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Deletes an article, its tags and its cached summaries, and remembers that its slug held one; false when there is no such article.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="slug"/> held an article that was deleted and no article holds it now (410 Gone rather than 404).</summary>
    Task<bool> WasDeletedAsync(string slug, CancellationToken cancellationToken = default);

    Task<Article?> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<Article?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>The article imported from this exact URL, if any (ingestion dedupes on it).</summary>
    Task<Article?> FindBySourceUrlAsync(string sourceUrl, CancellationToken cancellationToken = default);

    /// <summary>The article imported from the feed item with this GUID; null when there is none.</summary>
    Task<Article?> FindByFeedGuidAsync(string feedGuid, CancellationToken cancellationToken = default);

    /// <summary>An article with exactly this <see cref="ContentHash"/> (title and text); null when there is none.</summary>
    Task<Article?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Newest first (published time, then id); filtered by category and/or full-text query.</summary>
    Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    /// <summary>Chronological neighbours in the article's language by published time, ties broken by id; null at either end.</summary>
    Task<ArticleNeighbours> GetNeighboursAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CategoryCount>> ListCategoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Addresses and last changes of up to <paramref name="count"/> articles in id order, after skipping <paramref name="skip"/>: what a sitemap lists.</summary>
    Task<IReadOnlyList<ArticleStamp>> ListStampsAsync(int skip, int count, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes one small write and commits it, so a read-only database, a full disk or a lost lock shows before a
    /// publisher's write fails. Throws as a failing write would (see <see cref="Unavailability"/>).
    /// </summary>
    Task ProbeWriteAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One line saying why <paramref name="e"/>, thrown by this store, means the database cannot be used just now
    /// (read-only, disk full, locked, unreachable) — a condition to report as "unavailable" and to retry later, not
    /// a bug — or null.
    /// </summary>
    string? Unavailability(Exception e);

    /// <summary>
    /// Subscribes to a feed, due for its first poll now. A URL already subscribed takes the new interval, is due now
    /// and loses its failure backoff; its history (title, validators, last poll, success and error) stays.
    /// </summary>
    Task<(Feed Feed, bool Created)> AddFeedAsync(string url, TimeSpan interval, CancellationToken cancellationToken = default);

    Task<Feed?> GetFeedAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>All feeds, oldest subscription first.</summary>
    Task<IReadOnlyList<Feed>> ListFeedsAsync(CancellationToken cancellationToken = default);

    /// <summary>Feeds whose next poll is at or before <paramref name="now"/>, most overdue first.</summary>
    Task<IReadOnlyList<Feed>> ListDueFeedsAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the most overdue feed due at <paramref name="now"/> for one poller: its next poll moves to
    /// <paramref name="leaseUntil"/>, so no other poller (another node, <c>briefly poll</c>) takes it before then —
    /// unless this one dies, when it simply becomes due again. The poller then records the poll, which sets the real
    /// next poll. Null when no feed is due.
    /// </summary>
    Task<Feed?> ClaimDueFeedAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for, then holds, an exclusive lock named <paramref name="key"/> among all that use this database (every
    /// node on a server database; this process on an embedded one) until the result is disposed: how an importer
    /// makes "is this item stored yet? then store it" one step.
    /// </summary>
    Task<IAsyncDisposable> LockAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Unsubscribes; the articles it brought stay. False when there is no such feed.</summary>
    Task<bool> DeleteFeedAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Records a poll: success resets the failure count and the error, failure counts up.</summary>
    Task RecordFeedPollAsync(long id, FeedPoll poll, CancellationToken cancellationToken = default);

    Task<string?> GetSummaryAsync(SummaryCacheKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a copy of the article's lead image (one per article: a second put replaces it; replacing the article
    /// with another <see cref="Article.ImageUrl"/> drops it). False when there is no such article.
    /// </summary>
    /// <exception cref="ArgumentException">The image is empty or larger than <see cref="StoredImage.MaxBytes"/>.</exception>
    Task<bool> PutImageAsync(long articleId, StoredImage image, CancellationToken cancellationToken = default);

    /// <summary>The stored copy of the article's lead image, or null.</summary>
    Task<StoredImage?> GetImageAsync(long articleId, CancellationToken cancellationToken = default);

    // --- a whole site from one store to another (StoreCopier, `briefly db copy`) ------------------------------

    /// <summary>Up to <paramref name="count"/> articles with ids above <paramref name="afterId"/>, in id order, with their tags.</summary>
    Task<IReadOnlyList<Article>> ReadArticlesAfterAsync(long afterId, int count, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores articles exactly as given — ids, slugs, times and content hash — as a copy of another store, in one
    /// transaction; later articles get ids above them. Throws when an id or a slug is taken.
    /// </summary>
    Task CopyInArticlesAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default);

    /// <summary>Stores a feed exactly as given (id, validators, polling state). Throws when its id or URL is taken.</summary>
    Task CopyInFeedAsync(Feed feed, CancellationToken cancellationToken = default);

    /// <summary>Stores a computed summary (its JSON); a second put for the same key keeps one row.</summary>
    Task PutSummaryAsync(SummaryCacheKey key, string json, CancellationToken cancellationToken = default);
}
