using Briefly.Storage.Tests.Sqlite;

namespace Briefly.Storage.Tests;

/// <summary>A whole site from SQLite to PostgreSQL and back, on a real file and a real server.</summary>
public sealed class StoreCopierTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _files = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private TempSchema? _schema;

    public async Task InitializeAsync() => _schema = await TempSchema.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_schema is not null)
            await _schema.DisposeAsync();
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_site_goes_to_postgresql_and_back_with_its_ids_slugs_times_tags_and_feeds()
    {
        var sqlite = _files.Store(_clock, "source.db");
        await sqlite.MigrateAsync();
        var first = await sqlite.AddAsync(Drafts.Make(title: "Harbour reopens", tags: ["port", "city"], category: "Local")
            with
        { SourceName = "Harbour Gazette", ImageUrl = "https://gazette.example/lead.png" });
        var image = new StoredImage("https://gazette.example/lead.png", "image/png", [0x89, 0x50, 0x4E, 0x47]);
        await sqlite.PutImageAsync(first.Id, image);
        var gone = await sqlite.AddAsync(Drafts.Make(title: "Withdrawn story"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await sqlite.AddAsync(Drafts.Make(title: "Harbour reopens", text: "Льнокомбинат снова работает.", language: "ru"));
        await sqlite.DeleteAsync(gone.Id);
        var (feed, _) = await sqlite.AddFeedAsync("https://example.com/feed.xml", TimeSpan.FromMinutes(30));
        await sqlite.RecordFeedPollAsync(feed.Id, new FeedPoll { Succeeded = true, ETag = "\"v1\"", Title = "Example", NextPoll = _clock.GetUtcNow().AddMinutes(30) });

        var postgres = _schema!.Store(_clock);
        await postgres.MigrateAsync();
        var reports = new List<CopyProgress>();
        var report = await StoreCopier.CopyAsync(sqlite, postgres, new Progress(reports));

        Assert.Equal(new CopyReport(2, 0, 1, 0), report);
        Assert.Equal(new CopyProgress(2, 2), reports[^1]);
        await AssertSameSiteAsync(sqlite, postgres);
        Assert.Equal("harbour-reopens-2", (await postgres.GetBySlugAsync("harbour-reopens-2"))!.Slug);
        // Search works on what was copied, in each article's language.
        Assert.Equal([second.Id], (await postgres.ListAsync(new ArticleQuery { Text = "льнокомбината" })).Items.Select(i => i.Id));
        // New articles and feeds get ids after the copied ones.
        var next = await postgres.AddAsync(Drafts.Make(title: "After the move"));
        Assert.True(next.Id > second.Id);
        Assert.True((await postgres.AddFeedAsync("https://example.com/other.xml", TimeSpan.FromHours(1))).Feed.Id > feed.Id);
        Assert.Equal(first.Tags, (await postgres.GetAsync(first.Id))!.Tags);
        Assert.Equal("Harbour Gazette", (await postgres.GetAsync(first.Id))!.SourceName);
        Assert.Equal(image.Bytes, (await postgres.GetImageAsync(first.Id))!.Bytes);

        // And back into a fresh SQLite file.
        var back = _files.Store(_clock, "back.db");
        await back.MigrateAsync();
        Assert.Equal(new CopyReport(3, 0, 2, 0), await StoreCopier.CopyAsync(postgres, back));
        await AssertSameSiteAsync(postgres, back);
    }

    [Fact]
    public async Task Copying_again_writes_nothing_and_a_stopped_copy_resumes()
    {
        var sqlite = _files.Store(_clock, "source.db");
        await sqlite.MigrateAsync();
        var articles = new List<Article>();
        for (var i = 0; i < StoreCopier.BatchSize + 5; i++)
            articles.Add(await sqlite.AddAsync(Drafts.Make(title: $"Tide table {i}")));
        var postgres = _schema!.Store(_clock);
        await postgres.MigrateAsync();
        // A copy stopped after its first batch.
        await postgres.CopyInArticlesAsync(articles.Take(StoreCopier.BatchSize).ToList());

        Assert.Equal(new CopyReport(5, StoreCopier.BatchSize, 0, 0), await StoreCopier.CopyAsync(sqlite, postgres));
        Assert.Equal(new CopyReport(0, StoreCopier.BatchSize + 5, 0, 0), await StoreCopier.CopyAsync(sqlite, postgres));
        await AssertSameSiteAsync(sqlite, postgres);
    }

    [Fact]
    public async Task A_target_that_holds_something_else_is_refused_before_anything_is_written()
    {
        var sqlite = _files.Store(_clock, "source.db");
        await sqlite.MigrateAsync();
        await sqlite.AddAsync(Drafts.Make(title: "Harbour reopens"));
        await sqlite.AddAsync(Drafts.Make(title: "Second story"));
        var other = _files.Store(_clock, "other.db");
        await other.MigrateAsync();
        await other.AddAsync(Drafts.Make(title: "A different first story"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StoreCopier.CopyAsync(sqlite, other));

        Assert.Contains("already holds a different article with id 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await other.CountAsync());
    }

    private static async Task AssertSameSiteAsync(IArticleStore expected, IArticleStore actual)
    {
        var a = await expected.ReadArticlesAfterAsync(0, 10_000);
        var b = await actual.ReadArticlesAfterAsync(0, 10_000);
        Assert.Equal(a.Select(x => x.Id), b.Select(x => x.Id));
        Assert.All(a.Zip(b), pair => Assert.True(StoreCopier.Same(pair.First, pair.Second), $"article {pair.First.Id} differs"));
        Assert.Equal(a.Select(x => x.HasImage), b.Select(x => x.HasImage));
        Assert.Equal(await expected.ListFeedsAsync(), await actual.ListFeedsAsync());
    }

    private sealed class Progress(List<CopyProgress> reports) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value) => reports.Add(value);
    }
}
