using Briefly.Storage;
using Briefly.Storage.Sqlite;
using Briefly.Storage.Testing;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

/// <summary>The demo site, seeded by the site itself into SQLite, copied to PostgreSQL and back.</summary>
public sealed class DemoCopyTests : IAsyncLifetime
{
    private readonly string _back = Path.Combine(Path.GetTempPath(), $"briefly-demo-back-{Guid.NewGuid():N}.db");
    private TempSchema? _schema;

    public async Task InitializeAsync() => _schema = await TempSchema.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_schema is not null)
            await _schema.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _back, _back + "-wal", _back + "-shm" })
            File.Delete(file);
    }

    [Fact]
    public async Task The_demo_site_goes_to_postgresql_and_back_with_the_same_articles_slugs_and_feeds()
    {
        using var factory = new SiteFactory(new() { ["Briefly:Demo"] = "true" });
        using (factory.CreateClient())
        {
        }
        var demo = factory.Store;
        await demo.AddFeedAsync("https://news.example.org/rss", TimeSpan.FromMinutes(30));
        var postgres = _schema!.Store();
        await postgres.MigrateAsync();
        var back = new SqliteArticleStore(_back);
        await back.MigrateAsync();

        var there = await StoreCopier.CopyAsync(demo, postgres);
        var home = await StoreCopier.CopyAsync(postgres, back);

        var articles = await demo.ReadArticlesAfterAsync(0, 1000);
        Assert.True(articles.Count >= 12);
        Assert.Equal(new CopyReport(articles.Count, 0, 1, 0), there);
        Assert.Equal(there, home);
        foreach (var copy in new IArticleStore[] { postgres, back })
        {
            var copied = await copy.ReadArticlesAfterAsync(0, 1000);
            Assert.Equal(articles.Select(a => a.Slug), copied.Select(a => a.Slug));
            Assert.All(articles.Zip(copied), p => Assert.True(StoreCopier.Same(p.First, p.Second), p.First.Slug));
            Assert.Equal(await demo.ListFeedsAsync(), await copy.ListFeedsAsync());
        }
        // Word forms match on PostgreSQL in each demo article's language.
        var russian = articles.First(a => a.Language == "ru");
        var word = russian.Title.Split(' ').First(w => w.Length > 5 && w.All(char.IsLetter));
        Assert.Contains(russian.Id, (await postgres.ListAsync(new ArticleQuery { Text = word, PageSize = 50 })).Items.Select(i => i.Id));
    }
}
