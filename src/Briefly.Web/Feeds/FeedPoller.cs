using Briefly.Ingest.Feeds;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Import;
using Briefly.Storage;
using Briefly.Web.Articles;
using Briefly.Web.Site;
using Microsoft.Extensions.Options;
using StoredFeed = Briefly.Storage.Feed;

namespace Briefly.Web.Feeds;

/// <summary>
/// Polls every subscribed feed when it is due: a conditional GET with the validators of the last response, new
/// and changed items into the store, and the outcome recorded on the feed. A failing feed backs off: its
/// interval doubles with each failure in a row, up to a day.
/// </summary>
public sealed class FeedPoller(
    IArticleStore store,
    ArticleImporter importer,
    ArticleCatalog catalog,
    TimeProvider clock,
    IOptions<SiteOptions> options,
    ILogger<FeedPoller> logger) : BackgroundService
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Feeds.CheckSeconds <= 0)
            return;
        var tick = TimeSpan.FromSeconds(options.Value.Feeds.CheckSeconds);
        using var timer = new PeriodicTimer(tick, clock);
        do
        {
            try
            {
                await PollDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store itself failed (disk, lock): try again next tick rather than stop polling for good.
                logger.LogError(e, "feed polling failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Polls the feeds that are due now; returns how many were polled.</summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken = default)
    {
        var due = await store.ListDueFeedsAsync(clock.GetUtcNow(), cancellationToken);
        foreach (var feed in due)
            await PollAsync(feed, cancellationToken);
        return due.Count;
    }

    private async Task PollAsync(StoredFeed feed, CancellationToken cancellationToken)
    {
        FeedPoll poll;
        try
        {
            var conditions = feed.ETag is null && feed.LastModified is null ? null : new FetchConditions(feed.ETag, feed.LastModified);
            var report = await importer.ImportAsync(new Uri(feed.Url), conditions, null, cancellationToken);
            foreach (var item in report.Items)
            {
                if (item is { Outcome: ImportOutcome.Updated, Slug: { } slug })
                    catalog.Evict(slug);
            }
            poll = new FeedPoll
            {
                Succeeded = true,
                Title = report.Title,
                ETag = report.ETag,
                LastModified = report.LastModified,
                NextPoll = clock.GetUtcNow() + feed.Interval,
            };
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("feed {Url}: {New} new, {Updated} updated, {Skipped} skipped, {Failed} failed{NotModified}", feed.Url,
                    report.Count(ImportOutcome.New), report.Count(ImportOutcome.Updated), report.Count(ImportOutcome.Skipped), report.Count(ImportOutcome.Failed),
                    report.NotModified ? " (not modified)" : "");
            }
        }
        catch (Exception e) when (e is FetchException or FeedFormatException or UriFormatException)
        {
            poll = new FeedPoll { Succeeded = false, Error = e.Message, NextPoll = clock.GetUtcNow() + Backoff(feed.Interval, feed.Failures + 1) };
            logger.LogWarning("feed {Url}: {Error}", feed.Url, e.Message);
        }
        await store.RecordFeedPollAsync(feed.Id, poll, cancellationToken);
    }

    /// <summary>The wait after <paramref name="failures"/> failures in a row: the interval, doubled per failure, at most a day.</summary>
    public static TimeSpan Backoff(TimeSpan interval, int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures, 0, 20));
        var wait = interval.TotalSeconds * factor;
        return wait >= MaxBackoff.TotalSeconds ? MaxBackoff : TimeSpan.FromSeconds(wait);
    }
}
