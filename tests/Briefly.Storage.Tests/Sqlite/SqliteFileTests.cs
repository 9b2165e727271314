using static Briefly.Storage.Tests.Sqlite.SqliteMigrationTests;

namespace Briefly.Storage.Tests.Sqlite;

/// <summary>What the SQLite store promises about the file itself, beyond the shared contract.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task The_file_is_in_wal_mode_with_foreign_keys_on()
    {
        var store = _database.Store();
        await store.MigrateAsync();

        using var connection = TempDatabase.Open(store);
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar(connection, "PRAGMA foreign_keys"));
    }

    [Fact]
    public async Task Reopening_the_file_finds_the_data()
    {
        var store = _database.Store();
        await store.MigrateAsync();
        var article = await store.AddAsync(Drafts.Make(tags: ["kept"]));
        await store.PutSummaryAsync(new SummaryCacheKey(article.ContentHash, "s=3", "default", "1"), "[7]");
        TempDatabase.Release(store);

        var reopened = _database.Store();
        await reopened.MigrateAsync();

        var read = await reopened.GetAsync(article.Id);
        Assert.NotNull(read);
        Assert.Equal(article.Slug, read.Slug);
        Assert.Equal(["kept"], read.Tags);
        Assert.Equal("[7]", await reopened.GetSummaryAsync(new SummaryCacheKey(article.ContentHash, "s=3", "default", "1")));
    }

    [Fact]
    public async Task Migrate_creates_the_folder_of_the_file()
    {
        var store = _database.Track(new Storage.Sqlite.SqliteArticleStore(Path.Combine(_database.Directory, "a", "b", "news.db")));

        await store.MigrateAsync();

        Assert.True(File.Exists(Path.Combine(_database.Directory, "a", "b", "news.db")));
    }

    [Fact]
    public async Task Deleting_an_article_deletes_its_tags()
    {
        var store = _database.Store();
        await store.MigrateAsync();
        var gone = await store.AddAsync(Drafts.Make(title: "Gone", tags: ["x", "y"]));
        var kept = await store.AddAsync(Drafts.Make(title: "Kept", tags: ["x"]));

        await store.DeleteAsync(gone.Id);

        using var connection = TempDatabase.Open(store);
        Assert.Equal([kept.Id], Column(connection, "SELECT article_id FROM article_tags"));
    }

    [Fact]
    public async Task Putting_a_summary_twice_keeps_one_row()
    {
        var store = _database.Store();
        await store.MigrateAsync();
        var key = new SummaryCacheKey("hash", "s=3", "default", "1");

        await store.PutSummaryAsync(key, "[1]");
        await store.PutSummaryAsync(key, "[2]");

        using var connection = TempDatabase.Open(store);
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM summaries"));
    }

    [Fact]
    public async Task Category_keys_are_lower_case_in_every_script()
    {
        var store = _database.Store();
        await store.MigrateAsync();
        await store.AddAsync(Drafts.Make(category: "  Политика "));

        using var connection = TempDatabase.Open(store);
        Assert.Equal("политика", Scalar(connection, "SELECT category_key FROM articles"));
        Assert.Equal("Политика", Scalar(connection, "SELECT category FROM articles"));
    }

    [Fact]
    public void A_store_needs_a_database()
    {
        Assert.Throws<ArgumentException>(() => new Storage.Sqlite.SqliteArticleStore(" "));
        Assert.Throws<ArgumentException>(() => new Storage.Sqlite.SqliteArticleStore(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder()));
    }

    public void Dispose() => _database.Dispose();
}
