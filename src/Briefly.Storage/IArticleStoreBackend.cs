namespace Briefly.Storage;

/// <summary>
/// One kind of database an <see cref="IArticleStore"/> can live in (SQLite, PostgreSQL): it recognises the names a
/// user gives for its databases and opens a store on one.
/// </summary>
public interface IArticleStoreBackend
{
    /// <summary>The database's name for messages, e.g. "SQLite".</summary>
    string Name { get; }

    /// <summary>Whether <paramref name="database"/> (a <c>--db</c> value) names a database of this kind.</summary>
    bool Accepts(string database);

    /// <summary>A store on <paramref name="database"/>, not yet connected; call <see cref="IArticleStore.MigrateAsync"/> before use.</summary>
    IArticleStore Open(string database, TimeProvider? clock = null);
}
