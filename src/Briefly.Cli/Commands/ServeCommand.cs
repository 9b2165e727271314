using System.CommandLine;
using Briefly.Web.Site;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Briefly.Cli.Commands;

/// <summary>`briefly serve`: the news site and its API on the embedded store.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => SiteApp.DefaultUrl };
        var db = new Option<string>("--db") { Description = "SQLite database file (created when missing)", DefaultValueFactory = _ => "briefly.db" };
        var demo = new Option<bool>("--demo") { Description = "Publish the demo articles into an empty database" };
        var allowPrivate = new Option<bool>("--allow-private-network") { Description = "Allow fetching from loopback and private addresses" };
        var command = new Command("serve", "Run the news site and its JSON API");
        command.Options.Add(urls);
        command.Options.Add(db);
        command.Options.Add(demo);
        command.Options.Add(allowPrivate);
        command.SetAction(async (result, cancellationToken) =>
        {
            var database = result.GetValue(db)!;
            if (database.Trim().Length == 0)
                throw new UsageException("--db needs a file path");
            var endpoints = ListenAddresses.Parse(result.GetValue(urls)!);
            ListenAddresses.EnsureFree(endpoints);
            // Everything else (API keys, limits) comes from configuration: appsettings.json or Briefly__... variables.
            string[] args =
            [
                $"--urls={result.GetValue(urls)}",
                $"--{SiteOptions.Section}:Database={database}",
                $"--{SiteOptions.Section}:Demo={result.GetValue(demo)}",
                .. result.GetValue(allowPrivate) ? [$"--{SiteOptions.Section}:Fetch:AllowPrivateNetwork=true"] : Array.Empty<string>(),
            ];
            try
            {
                await using var app = SiteApp.Create(args);
                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (SqliteException e)
            {
                throw new IOException($"cannot use the database {database}: {e.Message}", e);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM while starting (seeding the demo, say) is a normal way to stop.
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
