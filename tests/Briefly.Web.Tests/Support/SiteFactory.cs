using Briefly.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Web.Tests.Support;

/// <summary>
/// The real site in process, served by Kestrel on 127.0.0.1 (a free port) over real HTTP, on a real SQLite file in a
/// fresh temporary folder, with an API key configured.
/// Settings can be overridden per factory (limits, rate limits, demo).
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-1234567890";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefly-web-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;

    public SiteFactory(Dictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        _settings = new Dictionary<string, string?>
        {
            ["Briefly:Database"] = DatabasePath,
            ["Briefly:ApiKeys:0"] = ApiKey,
            ["Briefly:PageSize"] = "3",
            // Tests poll by calling FeedPoller.PollDueAsync, not on a timer.
            ["Briefly:Feeds:CheckSeconds"] = "0",
            // No model, whatever the machine's environment says, unless a test configures one.
            ["Briefly:Llm:Endpoint"] = "",
        };
        foreach (var (key, value) in settings ?? [])
            _settings[key] = value;
    }

    public string DatabasePath => Path.Combine(_folder, "site.db");

    public IArticleStore Store => Services.GetRequiredService<IArticleStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing request: the temp folder is cleaned by the OS.
            }
        }
    }
}
