using System.Runtime.CompilerServices;

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

        // First check, then write: a target that differs is refused before anything is written to it. Both stores
        // are read in id order, batch by batch, and walked side by side.
        var present = new HashSet<long>();
        var withImage = new HashSet<long>();
        await using (var originals = Articles(source, cancellationToken).GetAsyncEnumerator(cancellationToken))
        {
            var more = await originals.MoveNextAsync();
            await foreach (var existing in Articles(target, cancellationToken))
            {
                while (more && originals.Current.Id < existing.Id)
                    more = await originals.MoveNextAsync();
                if (!more || originals.Current.Id != existing.Id || !Same(originals.Current, existing))
                    throw new InvalidOperationException(
                        $"the target already holds a different article with id {existing.Id} ({existing.Slug}); copy into an empty database");
                present.Add(existing.Id);
                if (existing.HasImage)
                    withImage.Add(existing.Id);
            }
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
        await foreach (var batch in Batches(source, cancellationToken))
        {
            var missing = batch.Where(a => !present.Contains(a.Id)).ToList();
            if (missing.Count > 0)
                await target.CopyInArticlesAsync(missing, cancellationToken);
            // Lead images go after their articles, also for articles an earlier, stopped copy brought over.
            foreach (var article in batch.Where(a => a.HasImage && !withImage.Contains(a.Id)))
            {
                if (await source.GetImageAsync(article.Id, cancellationToken) is { } image)
                    await target.PutImageAsync(article.Id, image, cancellationToken);
            }
            copied += missing.Count;
            done += batch.Count;
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

    /// <summary>All of <paramref name="store"/>'s articles in id order, <see cref="BatchSize"/> at a time.</summary>
    private static async IAsyncEnumerable<IReadOnlyList<Article>> Batches(IArticleStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (long after = 0; ;)
        {
            var batch = await store.ReadArticlesAfterAsync(after, BatchSize, cancellationToken);
            if (batch.Count == 0)
                yield break;
            yield return batch;
            after = batch[^1].Id;
        }
    }

    private static async IAsyncEnumerable<Article> Articles(IArticleStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in Batches(store, cancellationToken))
        {
            foreach (var article in batch)
                yield return article;
        }
    }

    /// <summary>Whether two stores hold the same article (every stored field, tags in order).</summary>
    public static bool Same(Article a, Article b) =>
        a with { Tags = NoTags, HasImage = false } == b with { Tags = NoTags, HasImage = false } && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal);
}
