namespace Briefly.Storage.Tests.Sqlite;

/// <summary>The contract suite on a real SQLite file.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreContract, IDisposable
{
    private readonly TempDatabase _database = new();

    protected override async Task<IArticleStore> CreateStoreAsync(TimeProvider clock)
    {
        var store = _database.Store(clock);
        await store.MigrateAsync();
        return store;
    }

    public void Dispose() => _database.Dispose();
}
