using Briefly.Cli.Tests.Support;
using Briefly.Storage;
using Briefly.Storage.Sqlite;

namespace Briefly.Cli.Tests;

/// <summary>`briefly articles list|show|delete` as a child process on a real SQLite file.</summary>
public sealed class ArticlesCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefly-articles-" + Guid.NewGuid().ToString("N"));
    private string Db => Path.Combine(_folder, "site.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var store = new SqliteArticleStore(Db);
        await store.MigrateAsync();
        var noon = new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);
        await store.AddAsync(new ArticleDraft
        {
            Title = "Harbour reopens",
            BodyHtml = "<p>The harbour reopened today.</p><p>Boats are back.</p>",
            BodyText = "The harbour reopened today.\nBoats are back.",
            Language = "en",
            Published = noon,
            Author = "Ann Reed",
            Category = "Local",
            Tags = ["sea", "boats"],
            SourceUrl = "https://example.com/harbour",
        });
        await store.AddAsync(new ArticleDraft
        {
            Title = "Новый парк",
            BodyHtml = "<p>В городе открыли парк.</p>",
            BodyText = "В городе открыли парк.",
            Language = "ru",
            Published = noon.AddHours(1),
        });
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void List_prints_one_line_per_article_newest_first_and_searches_word_forms()
    {
        var all = BrieflyProcess.Run((string?)null, "articles", "list", "--db", Db);
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(["novyy-park\t2026-05-04 13:00\tru\tНовый парк", "harbour-reopens\t2026-05-04 12:00\ten\tHarbour reopens"], Lines(all.Stdout));
        Assert.Equal("page 1 of 1; 2 articles", all.Stderr.Trim());

        var found = BrieflyProcess.Run((string?)null, "articles", "list", "--db", Db, "--search", "harbours");
        Assert.Equal(["harbour-reopens\t2026-05-04 12:00\ten\tHarbour reopens"], Lines(found.Stdout));

        var bad = BrieflyProcess.Run((string?)null, "articles", "list", "--db", Db, "--page-size", "500");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("briefly: --page-size: give a whole number from 1 to 100", bad.Stderr.Trim());
    }

    [Fact]
    public void Show_prints_the_article_and_its_details()
    {
        var shown = BrieflyProcess.Run((string?)null, "articles", "show", "harbour-reopens", "--db", Db);

        Assert.Equal(0, shown.ExitCode);
        Assert.Equal(
            [
                "Harbour reopens",
                "published 2026-05-04 12:00 UTC · en · 7 words · by Ann Reed · Local",
                "source https://example.com/harbour",
                "tags sea, boats",
                "",
                "The harbour reopened today.",
                "",
                "Boats are back.",
            ],
            Lines(shown.Stdout));
        var json = BrieflyProcess.Run((string?)null, "articles", "show", "harbour-reopens", "--db", Db, "--json");
        Assert.Contains("\"bodyHtml\": \"<p>The harbour reopened today.</p><p>Boats are back.</p>\"", json.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_removes_the_article_and_later_commands_say_it_was_deleted()
    {
        var deleted = BrieflyProcess.Run((string?)null, "articles", "delete", "harbour-reopens", "--db", Db);
        Assert.Equal(0, deleted.ExitCode);
        Assert.Equal("deleted harbour-reopens", deleted.Stdout.Trim());

        Assert.Null(await new SqliteArticleStore(Db).GetBySlugAsync("harbour-reopens"));
        var again = BrieflyProcess.Run((string?)null, "articles", "show", "harbour-reopens", "--db", Db);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal("briefly: the article 'harbour-reopens' was deleted", again.Stderr.Trim());
        var unknown = BrieflyProcess.Run((string?)null, "articles", "delete", "never-there", "--db", Db);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("briefly: no article has the slug 'never-there'", unknown.Stderr.Trim());
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');
}
