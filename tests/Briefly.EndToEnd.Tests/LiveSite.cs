using Briefly.Web.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Briefly.EndToEnd.Tests;

/// <summary>
/// The demo site on real Kestrel (a free loopback port, a fresh SQLite file) and Debian's Chromium driven by
/// Playwright: what a reader gets. No browser is ever downloaded; scripts/test installs the `chromium` package.
/// </summary>
public class LiveSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefly-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public const string ApiKey = "e2e-key-0123456789";

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The site's services, for what a test drives directly (a feed poll).</summary>
    public IServiceProvider Services => _app!.Services;

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The errors the page's scripts write to the console from now on.</summary>
    public static List<string> ConsoleErrors(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        return errors;
    }

    /// <summary>More settings (command-line form) for a site that needs them.</summary>
    protected virtual IEnumerable<string> Settings => [];

    public virtual async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (scripts/test does)");
        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(ScreenshotFolder);
        _app = SiteApp.Create(
        [
            "--urls=http://127.0.0.1:0",
            $"--Briefly:Database={Path.Combine(_folder, "site.db")}",
            "--Briefly:Demo=true",
            $"--Briefly:ApiKeys:0={ApiKey}",
            // The publisher tests import from a second site on 127.0.0.1; feeds are polled by the tests, not a timer.
            "--Briefly:Fetch:AllowPrivateNetwork=true",
            "--Briefly:Feeds:CheckSeconds=0",
            "--Logging:LogLevel:Default=Warning",
            .. Settings,
        ]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root in a container, and on a machine whose outside network is closed: no sandbox, no background traffic.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: the test result does not depend on it.
        }
    }
}
