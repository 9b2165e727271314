namespace Briefly.Storage;

/// <summary>Picks the store for what a user passed as <c>--db</c>, among the backends the host registered.</summary>
public sealed class ArticleStores(IEnumerable<IArticleStoreBackend> backends)
{
    private readonly IReadOnlyList<IArticleStoreBackend> _backends = [.. backends];

    /// <summary>
    /// The store on <paramref name="database"/>: the first backend that accepts the name opens it. Call
    /// <see cref="IArticleStore.MigrateAsync"/> before use.
    /// </summary>
    /// <exception cref="DatabaseNameException">No database given, or no backend takes it (the name is not echoed: it may carry a password).</exception>
    public IArticleStore Open(string database, TimeProvider? clock = null)
    {
        if (string.IsNullOrWhiteSpace(database))
            throw new DatabaseNameException("no database given: pass a file path or a postgres:// URI");
        foreach (var backend in _backends)
        {
            if (backend.Accepts(database))
                return backend.Open(database, clock);
        }
        throw new DatabaseNameException(
            $"this build cannot open that database (it knows {string.Join(" and ", _backends.Select(b => b.Name))} databases)");
    }
}
