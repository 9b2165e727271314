using Briefly.Storage.Postgres;
using Npgsql;

namespace Briefly.Storage.Tests.Postgres;

public class PostgresConnectionStringTests
{
    [Fact]
    public void A_uri_gives_host_port_database_user_and_password()
    {
        var builder = PostgresConnectionString.Parse("postgres://app:p%40ss%3Aword@db.example:6543/news?sslmode=require&application_name=briefly");

        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("news", builder.Database);
        Assert.Equal("app", builder.Username);
        Assert.Equal("p@ss:word", builder.Password);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("briefly", builder.ApplicationName);
    }

    [Theory]
    [InlineData("postgresql://db.example/news", "db.example", 5432)]
    [InlineData("postgres://[::1]:5433/news", "::1", 5433)]
    [InlineData("Host=db.example;Port=5439;Database=news", "db.example", 5439)]
    public void Uris_without_a_port_and_connection_strings_are_understood(string database, string host, int port)
    {
        Assert.True(PostgresConnectionString.IsPostgres(database));
        var builder = PostgresConnectionString.Parse(database);
        Assert.Equal(host, builder.Host);
        Assert.Equal(port, builder.Port);
    }

    [Theory]
    [InlineData("data/briefly.db")]
    [InlineData("Data Source=news.db")]
    [InlineData("mysql://app@db/news")]
    [InlineData("")]
    public void Other_databases_are_not_postgres(string database) => Assert.False(PostgresConnectionString.IsPostgres(database));

    [Theory]
    [InlineData("postgres://app:s3cret@db.example/news?sslmode=sometimes")]
    [InlineData("postgres://app:s3cret@db.example/news?options=-c%20x")]
    [InlineData("postgres://app:s3cret@db.example/news?connect_timeout=forever")]
    public void Unknown_or_bad_parameters_are_refused_without_echoing_the_password(string database)
    {
        var error = Assert.Throws<DatabaseNameException>(() => PostgresConnectionString.Parse(database));
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_backends_together_open_each_kind()
    {
        var stores = new ArticleStores([new global::Briefly.Storage.Sqlite.SqliteBackend(), new PostgresBackend()]);

        Assert.IsType<global::Briefly.Storage.Sqlite.SqliteArticleStore>(stores.Open("data/briefly.db"));
        using var postgres = Assert.IsType<PostgresArticleStore>(stores.Open("postgres://app:s3cret@db.example/news"));
        Assert.Equal("db.example:5432/news", postgres.Server);
    }
}
