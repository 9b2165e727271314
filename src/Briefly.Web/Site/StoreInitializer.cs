using Briefly.Storage;
using Briefly.Web.Demo;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Site;

/// <summary>
/// Migrates the store (and seeds the demo articles when asked) before the server accepts its first request.
/// A lifecycle hook rather than code after Build, so it runs the same under `serve`, Program and test hosts.
/// </summary>
public sealed partial class StoreInitializer(IArticleStore store, IOptions<SiteOptions> options, ILogger<StoreInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        if (!options.Value.Demo)
            return;
        var seeded = await DemoArticles.SeedAsync(store, cancellationToken);
        if (seeded > 0)
            PublishedDemo(logger, seeded);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} demo articles")]
    private static partial void PublishedDemo(ILogger logger, int count);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
