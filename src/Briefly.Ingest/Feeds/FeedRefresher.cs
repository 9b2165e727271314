using Briefly.Ingest.Fetching;
using Briefly.Ingest.Import;
using Briefly.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StoredFeed = Briefly.Storage.Feed;

namespace Briefly.Ingest.Feeds;

/// <summary>
/// One use case, whoever asks for it (the site's timer, <c>briefly poll</c>, a test): refresh the feeds that are
/// due — a conditional GET with the validators of the last response, new and changed items into the store, the
/// outcome recorded on the feed. A failing feed backs off: its interval doubles with each failure in a row, up to
/// a day. Several pollers (nodes on one database, <c>briefly poll</c> beside the site) share the work: each feed is
/// claimed for <see cref="Lease"/> before it is fetched, so no two poll it at once, and one that dies mid-poll only
/// delays it until the lease runs out.
/// </summary>
public sealed class FeedRefresher(IArticleStore store, ArticleImporter importer, TimeProvider clock, ILogger<FeedRefresher>? logger = null)
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);

    /// <summary>How long a claimed feed is left to its poller by default: well beyond a fetch's timeouts and a feed's import.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(10);

    /// <summary>How long a claimed feed is left to its poller before another may take it.</summary>
    public TimeSpan Lease { get; init; } = DefaultLease;

    private readonly ILogger _logger = logger ?? NullLogger<FeedRefresher>.Instance;

    /// <summary>
    /// Refreshes the feeds due now, one after the other, most overdue first, each claimed just before it is polled
    /// (so another poller takes the next one meanwhile). A feed that falls due during the run waits for the next.
    /// </summary>
    public async Task<IReadOnlyList<FeedRefresh>> RefreshDueAsync(CancellationToken cancellationToken = default)
    {
        var start = clock.GetUtcNow();
        var done = new List<FeedRefresh>();
        while (await store.ClaimDueFeedAsync(start, clock.GetUtcNow() + Lease, cancellationToken) is { } feed)
            done.Add(await RefreshAsync(feed, cancellationToken));
        return done;
    }

    /// <summary>Fetches and imports <paramref name="feed"/> and records the poll on it, whether it succeeded or not.</summary>
    public async Task<FeedRefresh> RefreshAsync(StoredFeed feed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        FeedPoll poll;
        FeedRefresh refresh;
        try
        {
            var conditions = feed.ETag is null && feed.LastModified is null ? null : new FetchConditions(feed.ETag, feed.LastModified);
            var report = await importer.ImportAsync(new Uri(feed.Url), conditions, null, cancellationToken);
            poll = new FeedPoll
            {
                Succeeded = true,
                Title = report.Title,
                ETag = report.ETag,
                LastModified = report.LastModified,
                NextPoll = clock.GetUtcNow() + feed.Interval,
            };
            refresh = new FeedRefresh(feed, report, null);
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("feed {Url}: {New} new, {Updated} updated, {Skipped} skipped, {Failed} failed{NotModified}", feed.Url,
                    report.Count(ImportOutcome.New), report.Count(ImportOutcome.Updated), report.Count(ImportOutcome.Skipped), report.Count(ImportOutcome.Failed),
                    report.NotModified ? " (not modified)" : "");
            }
        }
        catch (Exception e) when (e is FetchException or FeedFormatException or UriFormatException)
        {
            poll = new FeedPoll { Succeeded = false, Error = e.Message, NextPoll = clock.GetUtcNow() + Backoff(feed.Interval, feed.Failures + 1) };
            refresh = new FeedRefresh(feed, null, e.Message);
            _logger.LogWarning("feed {Url}: {Error}", feed.Url, e.Message);
        }
        await store.RecordFeedPollAsync(feed.Id, poll, cancellationToken);
        return refresh;
    }

    /// <summary>The wait after <paramref name="failures"/> failures in a row: the interval, doubled per failure, at most a day.</summary>
    public static TimeSpan Backoff(TimeSpan interval, int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures, 0, 20));
        var wait = interval.TotalSeconds * factor;
        return wait >= MaxBackoff.TotalSeconds ? MaxBackoff : TimeSpan.FromSeconds(wait);
    }
}

/// <summary>One feed's refresh: the import report, or the one-line reason it failed.</summary>
public sealed record FeedRefresh(StoredFeed Feed, ImportReport? Report, string? Error)
{
    public bool Succeeded => Error is null;
}
