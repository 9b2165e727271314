using Briefly.Ingest.Feeds;
using Briefly.Ingest.Import;
using Briefly.Web.Articles;
using Briefly.Web.Site;
using Briefly.Web.Summaries;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Feeds;

/// <summary>
/// The site's timer for <see cref="FeedRefresher"/>: every <c>Briefly:Feeds:CheckSeconds</c> it refreshes the
/// due feeds, drops the cached copies of the articles they changed and asks for the new ones' list summaries.
/// </summary>
public sealed class FeedPoller(
    FeedRefresher refresher, ArticleCatalog catalog, ListSummaries lists, TimeProvider clock, IOptions<SiteOptions> options, ILogger<FeedPoller> logger)
    : BackgroundService
{
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

    /// <summary>Refreshes the feeds that are due now; returns how many were polled.</summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken = default)
    {
        var refreshed = await refresher.RefreshDueAsync(cancellationToken);
        var items = refreshed.SelectMany(r => r.Report?.Items ?? []).ToList();
        // An updated article changes its own page; new ones change only their neighbours' links, which any one
        // eviction refreshes on every node, so one of them is enough however many came in.
        var changed = items.Where(i => i.Outcome == ImportOutcome.Updated).Select(i => i.Slug)
            .Append(items.FirstOrDefault(i => i.Outcome == ImportOutcome.New)?.Slug)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        foreach (var slug in changed)
            await catalog.EvictAsync(slug);
        foreach (var item in items.Where(i => i.Outcome is ImportOutcome.New or ImportOutcome.Updated && i.Slug is not null))
            lists.Request(item.Slug!);
        return refreshed.Count;
    }
}
