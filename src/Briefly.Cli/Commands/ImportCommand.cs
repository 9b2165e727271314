using System.CommandLine;
using Briefly.Ingest.Feeds;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Import;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Briefly.Cli.Commands;

/// <summary>`briefly import URL...`: every item of a feed, or the article of a page, into the site's database.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var urls = new Argument<string[]>("url") { Description = "Feed (RSS, Atom, JSON Feed) or article page URLs", Arity = ArgumentArity.OneOrMore };
        var db = SiteDatabase.DatabaseOption();
        var allowPrivate = FetchOption.AllowPrivateNetwork();
        var command = new Command("import", "Import feeds or article pages into the site's database");
        command.Arguments.Add(urls);
        command.Options.Add(db);
        command.Options.Add(allowPrivate);
        command.SetAction(async (result, cancellationToken) =>
        {
            var targets = result.GetValue(urls)!.Select(Parse).ToList();
            await using var services = await SiteDatabase.OpenAsync(result.GetValue(db)!, result.GetValue(allowPrivate), cancellationToken);
            var importer = services.GetRequiredService<ArticleImporter>();
            var reports = new List<ImportReport>();
            var failedSources = 0;
            await WithProgressAsync(async bar =>
            {
                foreach (var url in targets)
                {
                    var report = bar(url);
                    try
                    {
                        reports.Add(await importer.ImportAsync(url, report, cancellationToken));
                    }
                    catch (Exception e) when (e is FetchException or FeedFormatException)
                    {
                        failedSources++;
                        Console.Error.WriteLine($"briefly: {url}: {e.Message}");
                    }
                }
            });
            foreach (var item in reports.SelectMany(r => r.Items).Where(i => i.Outcome == ImportOutcome.Failed))
                Console.Error.WriteLine($"briefly: {item.Source}: {item.Error}");
            int Count(ImportOutcome outcome) => reports.Sum(r => r.Count(outcome));
            var failed = Count(ImportOutcome.Failed) + failedSources;
            Console.Out.WriteLine($"{Count(ImportOutcome.New)} new, {Count(ImportOutcome.Updated)} updated, {Count(ImportOutcome.Skipped)} skipped, {failed} failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static Uri Parse(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new UsageException($"not an http or https URL: {value}");

    // One progress bar per URL on a terminal (its length known once the feed is read); nothing when stderr is
    // redirected (scripts, tests).
    private static async Task WithProgressAsync(Func<Func<Uri, Action<ImportProgress>>, Task> work)
    {
        if (Console.IsErrorRedirected)
        {
            await work(_ => _ => { });
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress().StartAsync(async context =>
            await work(url =>
            {
                var label = url.AbsoluteUri.Length > 60 ? url.AbsoluteUri[..60] + "…" : url.AbsoluteUri;
                var task = context.AddTask(Markup.Escape(label), maxValue: 1);
                return p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                };
            }));
    }
}
