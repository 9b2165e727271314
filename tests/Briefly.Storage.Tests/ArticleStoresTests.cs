using Briefly.Storage.Sqlite;

namespace Briefly.Storage.Tests;

public class ArticleStoresTests
{
    private static readonly ArticleStores SqliteOnly = new([new SqliteBackend()]);

    [Theory]
    [InlineData("data/briefly.db", "data/briefly.db")]
    [InlineData("/var/lib/briefly/a=b.db", "/var/lib/briefly/a=b.db")]
    [InlineData("Data Source=news.db;Cache=Shared", "news.db")]
    [InlineData("Filename=/tmp/x.db", "/tmp/x.db")]
    public void A_path_or_sqlite_connection_string_opens_sqlite(string database, string file)
    {
        var store = Assert.IsType<SqliteArticleStore>(SqliteOnly.Open(database));

        Assert.Equal(file, store.DataSource);
    }

    [Theory]
    [InlineData("Host=db.example;Database=briefly;Username=app;Password=s3cret")]
    [InlineData("Server=db.example;Password=s3cret")]
    [InlineData("postgres://app:s3cret@db.example/briefly")]
    [InlineData("postgresql://app:s3cret@db.example/briefly?sslmode=require")]
    public void A_server_database_without_its_backend_is_refused_without_echoing_the_password(string database)
    {
        var error = Assert.Throws<DatabaseNameException>(() => SqliteOnly.Open(database));

        Assert.Contains("cannot open that database (it knows SQLite databases)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void No_database_is_refused(string database)
    {
        Assert.Throws<DatabaseNameException>(() => SqliteOnly.Open(database));
    }
}
