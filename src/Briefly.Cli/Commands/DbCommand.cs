using System.CommandLine;
using Briefly.Storage;
using Spectre.Console;

namespace Briefly.Cli.Commands;

/// <summary>`briefly db migrate` and `briefly db copy`: the site's database without the site.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "Migrate a site's database, or copy a whole site to another database");
        command.Subcommands.Add(Migrate());
        command.Subcommands.Add(Copy());
        return command;
    }

    private static Command Migrate()
    {
        var db = SiteDatabase.DatabaseOption();
        var command = new Command("migrate", "Create or upgrade the schema (serve does this at start; on PostgreSQL nodes take turns)");
        command.Options.Add(db);
        command.SetAction(async (result, cancellationToken) => await SiteDatabase.UseAsync(result.GetValue(db)!, async store =>
        {
            Console.Out.WriteLine($"migrated; {await store.CountAsync(cancellationToken)} articles");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Copy()
    {
        var from = new Option<string>("--from") { Description = "The site's database now (a file path or a postgres:// URI)", Required = true };
        var to = new Option<string>("--to") { Description = "The database to copy it into: empty, or holding an earlier copy", Required = true };
        var command = new Command("copy", "Copy a whole site (articles with their ids and slugs, feeds with their polling state) to another database; running it again changes nothing");
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(async (result, cancellationToken) =>
        {
            var sourceName = result.GetValue(from)!;
            // Opening a SQLite path creates the file: a mistyped source would copy an empty site.
            if (new Briefly.Storage.Sqlite.SqliteBackend().Accepts(sourceName) && !sourceName.Contains('=', StringComparison.Ordinal) && !File.Exists(sourceName))
                throw new UsageException($"--from: no such file: {sourceName}");
            var source = SiteDatabase.Open(sourceName, "--from");
            var target = SiteDatabase.Open(result.GetValue(to)!, "--to");
            try
            {
                await source.MigrateAsync(cancellationToken);
                await target.MigrateAsync(cancellationToken);
                CopyReport report;
                try
                {
                    report = await WithProgressAsync(progress => StoreCopier.CopyAsync(source, target, progress, cancellationToken));
                }
                catch (InvalidOperationException e)
                {
                    Console.Error.WriteLine($"briefly: {e.Message}");
                    return ExitCodes.Failure;
                }
                Console.Out.WriteLine(
                    $"{report.ArticlesCopied} articles and {report.FeedsCopied} feeds copied; {report.ArticlesAlreadyThere} articles and {report.FeedsAlreadyThere} feeds were already there");
                return ExitCodes.Ok;
            }
            finally
            {
                await SiteDatabase.DisposeAsync(source);
                await SiteDatabase.DisposeAsync(target);
            }
        });
        return command;
    }

    // A progress bar on a terminal; nothing when stderr is redirected (scripts, tests).
    private static async Task<CopyReport> WithProgressAsync(Func<IProgress<CopyProgress>?, Task<CopyReport>> copy)
    {
        if (Console.IsErrorRedirected)
            return await copy(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("articles", maxValue: 1);
            return await copy(new Progress<CopyProgress>(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            }));
        });
    }
}
