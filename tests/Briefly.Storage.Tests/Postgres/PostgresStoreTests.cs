using Briefly.Storage.Postgres;
using Npgsql;

namespace Briefly.Storage.Tests.Postgres;

/// <summary>What the PostgreSQL store does beyond the shared contract: word forms, concurrent migration, failures.</summary>
public sealed class PostgresStoreTests : IAsyncLifetime
{
    private TempSchema? _schema;

    private TempSchema Schema => _schema!;

    public async Task InitializeAsync() => _schema = await TempSchema.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_schema is not null)
            await _schema.DisposeAsync();
    }

    [Fact]
    public async Task Search_matches_word_forms_in_the_articles_own_language()
    {
        var store = Schema.Store();
        await store.MigrateAsync();
        var harbour = await store.AddAsync(Drafts.Make(title: "The old harbour", text: "Boats leave the harbour at dawn."));
        var mill = await store.AddAsync(Drafts.Make(title: "Льнокомбинат закрыт", text: "Старый льнокомбинат остановил работу.", language: "ru"));

        Assert.Equal([harbour.Id], await SearchIds(store, "harbours"));
        Assert.Equal([harbour.Id], await SearchIds(store, "leaving boat"));
        Assert.Equal([mill.Id], await SearchIds(store, "льнокомбината"));
        Assert.Equal([mill.Id], await SearchIds(store, "работой"));
    }

    [Fact]
    public async Task Nodes_migrating_at_once_take_turns_and_record_each_step_once()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => Schema.Store()).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync()));

        await using var connection = new NpgsqlConnection(Schema.ConnectionString.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*), count(DISTINCT version), max(version) FROM schema_migrations", connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(PostgresMigrations.Latest, reader.GetInt64(0));
        Assert.Equal(PostgresMigrations.Latest, reader.GetInt64(1));
        Assert.Equal(PostgresMigrations.Latest, reader.GetInt32(2));
        Assert.Equal(0, await stores[0].CountAsync());
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_a_store_exception_without_the_password()
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = 1, Username = "app", Password = "s3cret", Database = "news", Timeout = 2 };
        await using var store = new PostgresArticleStore(builder);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.MigrateAsync());

        Assert.Equal("cannot use the PostgreSQL database 127.0.0.1:1/news: the database server cannot be reached", error.Message);
        Assert.Equal("the database server cannot be reached", store.Unavailability(error));
    }

    [Fact]
    public async Task A_read_only_database_makes_writes_fail_as_unavailable_while_reads_go_on()
    {
        var store = Schema.Store();
        await store.MigrateAsync();
        await store.AddAsync(Drafts.Make());
        var readOnly = new NpgsqlConnectionStringBuilder(Schema.ConnectionString.ConnectionString) { Options = "-c default_transaction_read_only=on" };
        await using var replica = new PostgresArticleStore(readOnly);

        var error = await Assert.ThrowsAsync<PostgresException>(() => replica.ProbeWriteAsync());

        Assert.Equal("the database is read-only", replica.Unavailability(error));
        Assert.Equal(1, await replica.CountAsync());
    }

    private static async Task<List<long>> SearchIds(IArticleStore store, string text) =>
        (await store.ListAsync(new ArticleQuery { Text = text })).Items.Select(i => i.Id).ToList();
}
