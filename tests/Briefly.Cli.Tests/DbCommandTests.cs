using Briefly.Cli.Tests.Support;
using Briefly.Storage;
using Briefly.Storage.Sqlite;
using Briefly.Storage.Testing;

namespace Briefly.Cli.Tests;

/// <summary>`briefly db migrate` and `briefly db copy` as a child process, on a real SQLite file and a real PostgreSQL server.</summary>
public sealed class DbCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefly-db-" + Guid.NewGuid().ToString("N"));
    private TempSchema? _schema;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _schema = await TempSchema.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_schema is not null)
            await _schema.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Copy_moves_a_sqlite_site_to_postgresql_and_a_second_run_changes_nothing()
    {
        var file = Path.Combine(_folder, "site.db");
        var sqlite = new SqliteArticleStore(file);
        await sqlite.MigrateAsync();
        await sqlite.AddAsync(new ArticleDraft { Title = "Harbour reopens", BodyHtml = "<p>The harbour reopened today.</p>", BodyText = "The harbour reopened today.", Language = "en", Published = DateTimeOffset.UtcNow.AddHours(-1) });
        await sqlite.AddFeedAsync("https://example.com/feed.xml", TimeSpan.FromMinutes(30));

        var migrate = BrieflyProcess.Run((string?)null, "db", "migrate", "--db", _schema!.Database);
        Assert.Equal(0, migrate.ExitCode);
        Assert.Equal("migrated; 0 articles", migrate.Stdout.Trim());

        var first = BrieflyProcess.Run((string?)null, "db", "copy", "--from", file, "--to", _schema.Database);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("1 articles and 1 feeds copied; 0 articles and 0 feeds were already there", first.Stdout.Trim());
        var again = BrieflyProcess.Run((string?)null, "db", "copy", "--from", file, "--to", _schema.Database);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("0 articles and 0 feeds copied; 1 articles and 1 feeds were already there", again.Stdout.Trim());

        var postgres = _schema.Store();
        Assert.Equal("harbour-reopens", (await postgres.GetAsync(1))!.Slug);
        Assert.Single(await postgres.ListFeedsAsync());
    }

    [Fact]
    public async Task Copy_into_a_database_holding_another_site_fails_in_one_line_and_a_missing_source_is_a_usage_error()
    {
        var one = Path.Combine(_folder, "one.db");
        var other = Path.Combine(_folder, "other.db");
        Assert.Equal(0, BrieflyProcess.Run((string?)null, "db", "migrate", "--db", one).ExitCode);
        foreach (var (db, title) in new[] { (one, "First"), (other, "Second") })
        {
            var store = new SqliteArticleStore(db);
            await store.MigrateAsync();
            await store.AddAsync(new ArticleDraft { Title = title, BodyHtml = "<p>Text.</p>", BodyText = "Text.", Language = "en", Published = DateTimeOffset.UtcNow.AddHours(-1) });
        }

        var refused = BrieflyProcess.Run((string?)null, "db", "copy", "--from", one, "--to", other);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("briefly: the target already holds a different article with id 1 (second); copy into an empty database", refused.Stderr.Trim());

        var missing = BrieflyProcess.Run((string?)null, "db", "copy", "--from", Path.Combine(_folder, "typo.db"), "--to", other);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("briefly: --from: no such file:", missing.Stderr.Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "typo.db")));
    }
}
