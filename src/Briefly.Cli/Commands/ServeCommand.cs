using System.CommandLine;
using Briefly.Storage;
using Briefly.Web.Site;
using Microsoft.Extensions.Hosting;

namespace Briefly.Cli.Commands;

/// <summary>`briefly serve`: the news site and its API on the embedded store.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        // No default values here: an option not given must leave Briefly__Database, ASPNETCORE_URLS or
        // appsettings.json in charge (command-line values would override them); the site has the same defaults.
        var urls = new Option<string?>("--urls") { Description = $"Addresses to listen on [default: {SiteApp.DefaultUrl}]" };
        var db = new Option<string?>("--db") { Description = SiteDatabase.DatabaseDescription + " [default: briefly.db]" };
        var redis = new Option<string?>("--redis") { Description = "Redis (host:port) shared by several nodes: caches, evictions, client budgets [default: none]" };
        var demo = new Option<bool>("--demo") { Description = "Publish the demo articles into an empty database" };
        var allowPrivate = FetchOption.AllowPrivateNetwork();
        var command = new Command("serve", "Run the news site and its JSON API");
        command.Options.Add(urls);
        command.Options.Add(db);
        command.Options.Add(redis);
        command.Options.Add(demo);
        command.Options.Add(allowPrivate);
        command.SetAction(async (result, cancellationToken) =>
        {
            var database = result.GetValue(db);
            var listen = result.GetValue(urls);
            if (listen is not null)
                ListenAddresses.EnsureFree(ListenAddresses.Parse(listen));
            else if (Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
                ListenAddresses.EnsureFree(ListenAddresses.Parse(SiteApp.DefaultUrl));
            // Everything else (API keys, limits) comes from configuration: appsettings.json or Briefly__... variables.
            var args = new List<string>();
            if (listen is not null)
                args.Add($"--urls={listen}");
            if (database is not null)
                args.Add($"--{SiteOptions.Section}:Database={database}");
            if (result.GetValue(redis) is { } shared)
                args.Add($"--{SiteOptions.Section}:Redis={shared}");
            if (result.GetValue(demo))
                args.Add($"--{SiteOptions.Section}:Demo=true");
            if (result.GetValue(allowPrivate))
                args.Add($"--{SiteOptions.Section}:Fetch:AllowPrivateNetwork=true");
            try
            {
                await using var app = SiteApp.Create([.. args]);
                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (DatabaseNameException e)
            {
                throw new UsageException(e.Message);
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
