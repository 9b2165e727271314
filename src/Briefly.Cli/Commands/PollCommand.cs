using System.CommandLine;
using Briefly.Ingest.Feeds;
using Briefly.Ingest.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Cli.Commands;

/// <summary>
/// `briefly poll`: the site's feed polling without the site — refresh the subscribed feeds that are due
/// (<see cref="FeedRefresher"/>), once or every so many seconds until stopped.
/// </summary>
public static class PollCommand
{
    public static Command Create()
    {
        var db = SiteDatabase.DatabaseOption();
        var once = new Option<bool>("--once") { Description = "Refresh the due feeds once and exit (1 when one of them failed)" };
        var every = new Option<int>("--every") { Description = "Seconds between checks for due feeds when not --once", DefaultValueFactory = _ => 30 };
        var allowPrivate = FetchOption.AllowPrivateNetwork();
        var command = new Command("poll", "Refresh the subscribed feeds that are due, as the site's background poller does");
        command.Options.Add(db);
        command.Options.Add(once);
        command.Options.Add(every);
        command.Options.Add(allowPrivate);
        command.SetAction(async (result, cancellationToken) =>
        {
            var seconds = result.GetValue(every);
            if (seconds is < 1 or > 86_400)
                throw new UsageException("--every must be from 1 to 86400 seconds");
            await using var services = await SiteDatabase.OpenAsync(result.GetValue(db)!, result.GetValue(allowPrivate), cancellationToken);
            var refresher = services.GetRequiredService<FeedRefresher>();
            if (result.GetValue(once))
                return Print(await refresher.RefreshDueAsync(cancellationToken)) ? ExitCodes.Ok : ExitCodes.Failure;
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
            try
            {
                do
                {
                    Print(await refresher.RefreshDueAsync(cancellationToken));
                }
                while (await timer.WaitForNextTickAsync(cancellationToken));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    // One line per feed polled; true when every one succeeded.
    private static bool Print(IReadOnlyList<FeedRefresh> refreshed)
    {
        foreach (var r in refreshed)
        {
            if (r.Report is { } report)
            {
                Console.Out.WriteLine(report.NotModified
                    ? $"{r.Feed.Url}: not modified"
                    : $"{r.Feed.Url}: {report.Count(ImportOutcome.New)} new, {report.Count(ImportOutcome.Updated)} updated, {report.Count(ImportOutcome.Skipped)} skipped, {report.Count(ImportOutcome.Failed)} failed");
            }
            else
            {
                Console.Error.WriteLine($"briefly: {r.Feed.Url}: {r.Error}");
            }
        }
        return refreshed.All(r => r.Succeeded);
    }
}
