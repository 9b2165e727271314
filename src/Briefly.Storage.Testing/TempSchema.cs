using Briefly.Storage.Postgres;
using Npgsql;

namespace Briefly.Storage.Testing;

/// <summary>
/// A fresh schema on the test PostgreSQL server (started by scripts/test, named by BRIEFLY_TEST_POSTGRES), dropped
/// afterwards; stores made here see only it.
/// </summary>
public sealed class TempSchema : IAsyncDisposable
{
    public const string Variable = "BRIEFLY_TEST_POSTGRES";

    private readonly List<PostgresArticleStore> _stores = [];

    private TempSchema(NpgsqlConnectionStringBuilder server, string name)
    {
        Server = server;
        Name = name;
    }

    public NpgsqlConnectionStringBuilder Server { get; }

    public string Name { get; }

    /// <summary>The connection string of this schema: the server's, searching this schema first.</summary>
    public NpgsqlConnectionStringBuilder ConnectionString => new(Server.ConnectionString) { SearchPath = Name };

    /// <summary>What a user would pass as <c>--db</c> for this schema (a connection string: a URI cannot name a schema).</summary>
    public string Database => ConnectionString.ConnectionString;

    public static async Task<TempSchema> CreateAsync()
    {
        var uri = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(uri))
            throw new InvalidOperationException($"{Variable} is not set: run scripts/test, which starts a throwaway PostgreSQL for these tests.");
        var server = PostgresConnectionString.Parse(uri);
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new TempSchema(server, name);
    }

    public PostgresArticleStore Store(TimeProvider? clock = null)
    {
        var store = new PostgresArticleStore(ConnectionString, clock);
        _stores.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
            await store.DisposeAsync();
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA {Name} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
