namespace Briefly.Storage.Postgres;

/// <summary>PostgreSQL, for several nodes on one database: a <c>postgres://</c> URI or an Npgsql connection string.</summary>
public sealed class PostgresBackend : IArticleStoreBackend
{
    public string Name => "PostgreSQL";

    public bool Accepts(string database) => PostgresConnectionString.IsPostgres(database);

    public IArticleStore Open(string database, TimeProvider? clock = null) =>
        new PostgresArticleStore(PostgresConnectionString.Parse(database), clock);
}
