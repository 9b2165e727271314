namespace Briefly.Storage.Tests.Postgres;

/// <summary>The contract suite on a real PostgreSQL server, each test in a fresh schema.</summary>
public sealed class PostgresArticleStoreTests : ArticleStoreContract, IAsyncLifetime
{
    private TempSchema? _schema;

    public async Task InitializeAsync() => _schema = await TempSchema.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_schema is not null)
            await _schema.DisposeAsync();
    }

    protected override async Task<IArticleStore> CreateStoreAsync(TimeProvider clock)
    {
        var store = _schema!.Store(clock);
        await store.MigrateAsync();
        return store;
    }
}
