namespace Briefly.Storage;

/// <summary>How far a copy is: <paramref name="Done"/> of <paramref name="Total"/> articles.</summary>
public readonly record struct CopyProgress(long Done, long Total);

/// <summary>What a copy did: rows written, and rows the target already held identically.</summary>
public sealed record CopyReport(int ArticlesCopied, int ArticlesAlreadyThere, int FeedsCopied, int FeedsAlreadyThere);

/// <summary>
/// Copies a whole site from one store to another (SQLite to PostgreSQL and back): articles with their ids, slugs,
/// times and tags, and feeds with their validators and polling state. Cached summaries are not copied; they are
/// computed again when asked for. The target must hold nothing the source does not hold identically, so a copy can
/// be run again (it then writes nothing) or resumed after it was stopped.
/// </summary>
public static class StoreCopier
{
    /// <summary>Articles read and written per transaction.</summary>
    public const int BatchSize = 200;

    private static readonly IReadOnlyList<string> NoTags = [];

    /// <exception cref="InvalidOperationException">The target holds an article or feed the source does not hold identically; nothing was written.</exception>
    public static async Task<CopyReport> CopyAsync(IArticleStore source, IArticleStore target, IProgress<CopyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);

        // First check, then write: a target that differs is refused before anything is written to it.
        var present = new HashSet<long>();
        for (long after = 0; ;)
        {
            var batch = await target.ReadArticlesAfterAsync(after, BatchSize, cancellationToken);
            if (batch.Count == 0)
                break;
            foreach (var existing in batch)
            {
                var original = await source.GetAsync(existing.Id, cancellationToken);
                if (original is null || !Same(original, existing))
                    throw new InvalidOperationException(
                        $"the target already holds a different article with id {existing.Id} ({existing.Slug}); copy into an empty database");
                present.Add(existing.Id);
            }
            after = batch[^1].Id;
        }
        var sourceFeeds = (await source.ListFeedsAsync(cancellationToken)).ToDictionary(f => f.Id);
        var targetFeeds = await target.ListFeedsAsync(cancellationToken);
        foreach (var feed in targetFeeds)
        {
            if (!sourceFeeds.TryGetValue(feed.Id, out var original) || original != feed)
                throw new InvalidOperationException($"the target already holds a different feed with id {feed.Id}; copy into an empty database");
        }

        var total = await source.CountAsync(cancellationToken);
        long done = 0;
        var copied = 0;
        progress?.Report(new CopyProgress(0, total));
        for (long after = 0; ;)
        {
            var batch = await source.ReadArticlesAfterAsync(after, BatchSize, cancellationToken);
            if (batch.Count == 0)
                break;
            var missing = batch.Where(a => !present.Contains(a.Id)).ToList();
            if (missing.Count > 0)
                await target.CopyInArticlesAsync(missing, cancellationToken);
            copied += missing.Count;
            done += batch.Count;
            after = batch[^1].Id;
            progress?.Report(new CopyProgress(done, Math.Max(total, done)));
        }

        var feedsCopied = 0;
        var targetFeedIds = targetFeeds.Select(f => f.Id).ToHashSet();
        foreach (var feed in sourceFeeds.Values.OrderBy(f => f.Id))
        {
            if (targetFeedIds.Contains(feed.Id))
                continue;
            await target.CopyInFeedAsync(feed, cancellationToken);
            feedsCopied++;
        }
        return new CopyReport(copied, present.Count, feedsCopied, targetFeeds.Count);
    }

    /// <summary>Whether two stores hold the same article (every stored field, tags in order).</summary>
    public static bool Same(Article a, Article b) =>
        a with { Tags = NoTags } == b with { Tags = NoTags } && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal);
}
