using Briefly.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Briefly.Storage.Tests.Sqlite;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_database_from_the_first_schema_version_is_upgraded_in_place_and_keeps_its_data()
    {
        var store = _database.Store();
        await store.MigrateAsync(1, CancellationToken.None);
        var hash = ContentHash.Of("Old ferry timetable", "The ferry leaves at nine.");
        // Written as a version-1 build of Briefly would have written it, without the store's later code.
        using (var connection = TempDatabase.Open(store))
        {
            Execute(connection, """
                INSERT INTO articles (slug, title, body_html, body_text, language, published_ms, source_url, author, category,
                    category_key, feed_guid, content_hash, word_count, created_ms, updated_ms)
                VALUES ('old-ferry-timetable', 'Old ferry timetable', '<p>The ferry leaves at nine.</p>', 'The ferry leaves at nine.',
                    'en', 1700000000000, 'https://example.com/ferry', 'Ann', 'Transport', 'transport', 'g-1', $hash, 5,
                    1700000000001, 1700000000002);
                INSERT INTO article_tags (article_id, position, tag) VALUES (last_insert_rowid(), 0, 'ferries');
                """, ("$hash", hash));
            Assert.Equal(1L, Scalar(connection, "SELECT max(version) FROM schema_migrations"));
            Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('articles_fts', 'summaries')"));
        }

        await store.MigrateAsync();

        var article = await store.GetBySlugAsync("old-ferry-timetable");
        Assert.NotNull(article);
        Assert.Equal("Old ferry timetable", article.Title);
        Assert.Equal("The ferry leaves at nine.", article.BodyText);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000), article.Published);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000001), article.Created);
        Assert.Equal(hash, article.ContentHash);
        Assert.Equal(["ferries"], article.Tags);
        // Articles stored before full-text search existed are found by it.
        Assert.Equal([article.Id], (await store.ListAsync(new ArticleQuery { Text = "ferry nine" })).Items.Select(i => i.Id));
        // ... by their words' other forms too: their search terms were written after migrating.
        Assert.Equal([article.Id], (await store.ListAsync(new ArticleQuery { Text = "ferries leaving" })).Items.Select(i => i.Id));
        // ... and by their tags, whatever the case: the tags' keys were written after migrating too.
        Assert.Equal([article.Id], (await store.ListAsync(new ArticleQuery { Tag = "FERRIES" })).Items.Select(i => i.Id));
        // The later steps work on the upgraded file.
        await store.PutSummaryAsync(new SummaryCacheKey(hash, "", "lead", "1"), "[]");
        Assert.Equal("[]", await store.GetSummaryAsync(new SummaryCacheKey(hash, "", "lead", "1")));
        var added = await store.AddAsync(Drafts.Make(title: "Old ferry timetable"));
        Assert.Equal("old-ferry-timetable-2", added.Slug);
        using (var connection = TempDatabase.Open(store))
        {
            Assert.Equal(SqliteMigrations.All.Select(m => (long)m.Version), Column(connection, "SELECT version FROM schema_migrations ORDER BY version"));
        }
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        var store = _database.Store();
        await store.MigrateAsync();
        var article = await store.AddAsync(Drafts.Make());

        await store.MigrateAsync();
        await store.MigrateAsync();

        Assert.Equal(article.Id, (await store.GetAsync(article.Id))?.Id);
        using var connection = TempDatabase.Open(store);
        Assert.Equal((long)SqliteMigrations.All.Count, Scalar(connection, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Processes_starting_at_once_apply_each_step_once()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => _database.Store()).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.MigrateAsync())));

        using var connection = TempDatabase.Open(stores[0]);
        Assert.Equal(SqliteMigrations.All.Select(m => (long)m.Version), Column(connection, "SELECT version FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused()
    {
        var store = _database.Store();
        await store.MigrateAsync();
        using (var connection = TempDatabase.Open(store))
            Execute(connection, "INSERT INTO schema_migrations (version, applied_ms) VALUES ($v, 0)", ("$v", SqliteMigrations.Latest + 1));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.MigrateAsync());

        Assert.Contains("newer", error.Message);
    }

    [Fact]
    public void Migration_versions_count_up_from_one()
    {
        Assert.Equal(Enumerable.Range(1, SqliteMigrations.All.Count), SqliteMigrations.All.Select(m => m.Version));
    }

    public void Dispose() => _database.Dispose();

    internal static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    internal static List<long> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<long>();
        while (reader.Read())
            values.Add(reader.GetInt64(0));
        return values;
    }
}
