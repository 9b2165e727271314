using Briefly.Cli.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefly.Cli.Tests;

public sealed class ImportCommandTests : IAsyncLifetime
{
    private WebApplication _site = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _site = builder.Build();
        _site.MapGet("/feed.xml", (HttpContext context) =>
        {
            var story = new Uri(_base, "/stories/").AbsoluteUri;
            return Results.Text(
                $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test</title>{Item("1", "Ferry routes added", story + "1")}{Item("2", "Library hours extended", story + "2")}</channel></rss>""",
                "application/rss+xml");
        });
        await _site.StartAsync();
        _base = new Uri(_site.Urls.Single());
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static string Item(string id, string title, string link) =>
        $"<item><guid>{id}</guid><title>{title}</title><link>{link}</link><description><![CDATA[{string.Concat(Enumerable.Repeat($"<p>{title}: the council published the plan today and residents may comment until the end of the month.</p>", 12))}]]></description></item>";

    [Fact]
    public void Importing_a_feed_twice_adds_its_items_once()
    {
        var db = Path.Combine(Path.GetTempPath(), $"briefly-import-{Guid.NewGuid():N}.db");
        var feed = new Uri(_base, "/feed.xml").AbsoluteUri;

        var first = BrieflyProcess.Run((string?)null, "import", feed, "--db", db, "--allow-private-network");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("2 new, 0 updated, 0 skipped, 0 failed", first.Stdout.Trim());

        var second = BrieflyProcess.Run((string?)null, "import", feed, "--db", db, "--allow-private-network");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("0 new, 0 updated, 2 skipped, 0 failed", second.Stdout.Trim());
    }

    [Fact]
    public async Task Poll_once_refreshes_the_due_feeds_records_each_poll_and_then_has_nothing_due()
    {
        var db = Path.Combine(Path.GetTempPath(), $"briefly-poll-{Guid.NewGuid():N}.db");
        var store = new Briefly.Storage.Sqlite.SqliteArticleStore(db);
        await store.MigrateAsync();
        await store.AddFeedAsync(new Uri(_base, "/feed.xml").AbsoluteUri, TimeSpan.FromMinutes(30));
        await store.AddFeedAsync(new Uri(_base, "/missing.xml").AbsoluteUri, TimeSpan.FromMinutes(30));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var first = BrieflyProcess.Run((string?)null, "poll", "--once", "--db", db, "--allow-private-network");
        Assert.Equal(1, first.ExitCode);
        Assert.Equal($"{new Uri(_base, "/feed.xml").AbsoluteUri}: 2 new, 0 updated, 0 skipped, 0 failed", first.Stdout.Trim());
        Assert.Contains("/missing.xml", Assert.Single(first.Stderr.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        Assert.Equal(2, await store.CountAsync());
        var feeds = await store.ListFeedsAsync();
        Assert.Equal("Test", feeds[0].Title);
        Assert.Equal(1, feeds[1].Failures);

        var second = BrieflyProcess.Run((string?)null, "poll", "--once", "--db", db, "--allow-private-network");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("", second.Stdout);
    }

    [Fact]
    public void Loopback_is_refused_without_the_allowance()
    {
        var db = Path.Combine(Path.GetTempPath(), $"briefly-import-{Guid.NewGuid():N}.db");
        var result = BrieflyProcess.Run((string?)null, "import", new Uri(_base, "/feed.xml").AbsoluteUri, "--db", db);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("refusing to fetch", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("0 new, 0 updated, 0 skipped, 1 failed", result.Stdout.Trim());
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/feed.xml")]
    public void A_bad_url_is_a_usage_error(string url)
    {
        var result = BrieflyProcess.Run((string?)null, "import", url, "--db", Path.Combine(Path.GetTempPath(), $"briefly-import-{Guid.NewGuid():N}.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("import", "https://example.com/feed.xml")]
    [InlineData("poll", "--once")]
    [InlineData("serve", "--urls=http://127.0.0.1:0")]
    public void A_database_no_backend_opens_is_a_usage_error_that_does_not_echo_it(string command, string argument)
    {
        var result = BrieflyProcess.Run((string?)null, command, argument, "--db", "mysql://app:s3cret@db.example/news");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.StartsWith("briefly: this build cannot open that database", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }
}
