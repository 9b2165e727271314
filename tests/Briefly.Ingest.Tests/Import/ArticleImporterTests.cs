using System.Text;
using Briefly.Ingest.Feeds;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Import;
using Briefly.Storage;

namespace Briefly.Ingest.Tests.Import;

public sealed class ArticleImporterTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "briefly-import-" + Guid.NewGuid().ToString("N"));
    private FeedSite _site = null!;
    private IArticleStore _store = null!;
    private PageFetcher _fetcher = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _site = await FeedSite.StartAsync();
        _store = new Briefly.Storage.Sqlite.SqliteArticleStore(Path.Combine(_directory, "briefly.db"));
        await _store.MigrateAsync();
        _fetcher = new PageFetcher(new FetchOptions { AllowPrivateNetwork = true, Timeout = TimeSpan.FromSeconds(10) });
    }

    public void Dispose() => _fetcher.Dispose();

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string Id(string feedPath, string id) => ArticleImporter.ScopedId(_site.Url(feedPath), id)!;

    private ArticleImporter Importer() => new(_store, _fetcher, ExtractedPageContent.Extract, new FixedClock(Now));

    // Long enough not to count as a teaser.
    private static string Body(string topic) => string.Concat(Enumerable.Range(1, 12).Select(i =>
        $"<p>Paragraph {i} about {topic}: the council met residents, heard their questions about the plan, and promised a written answer before the next meeting of the committee.</p>"));

    private static string Rss(params string[] items) =>
        $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Gazette</title><language>en</language>{string.Concat(items)}</channel></rss>""";

    private static string Item(string guid, string title, string link, string? content, string? description = null) =>
        $"<item><guid>{guid}</guid><title>{title}</title><link>{link}</link><pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate>"
        + (description is null ? "" : $"<description><![CDATA[{description}]]></description>")
        + (content is null ? "" : $"<content:encoded><![CDATA[{content}]]></content:encoded>")
        + "</item>";

    [Fact]
    public async Task A_feed_imports_every_item_and_a_second_run_skips_them_all()
    {
        _site.Put("/feed.xml", "application/rss+xml", Rss(
            Item("g-1", "Bridge reopens", _site.Url("/bridge").AbsoluteUri, Body("the bridge")),
            Item("g-2", "Market moves", _site.Url("/market").AbsoluteUri, Body("the market"))));

        var first = await Importer().ImportAsync(_site.Url("/feed.xml"));
        Assert.Equal("rss-2.0", first.Kind);
        Assert.Equal(2, first.Count(ImportOutcome.New));
        var bridge = await _store.FindByFeedGuidAsync(Id("/feed.xml", "g-1"));
        Assert.NotNull(bridge);
        Assert.Equal("Bridge reopens", bridge.Title);
        Assert.Equal(_site.Url("/bridge").AbsoluteUri, bridge.SourceUrl);
        Assert.Contains("Paragraph 12 about the bridge", bridge.BodyText, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero), bridge.Published);

        var second = await Importer().ImportAsync(_site.Url("/feed.xml"));
        Assert.Equal(2, second.Count(ImportOutcome.Skipped));
        Assert.Equal(2, await _store.CountAsync());
    }

    [Theory]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT")]
    [InlineData("Mon, 01 Jan 0001 00:00:00 GMT")]
    [InlineData("Sat, 05 Dec 2026 12:00:00 GMT")]
    public async Task An_item_dated_far_ahead_or_before_1900_is_imported_as_of_now(string pubDate)
    {
        var item = Item("g-odd", "Odd date", _site.Url("/odd").AbsoluteUri, Body("the calendar"))
            .Replace("Fri, 27 Nov 2026 08:00:00 GMT", pubDate, StringComparison.Ordinal);
        _site.Put("/feed.xml", "application/rss+xml", Rss(item, Item("g-1", "Bridge reopens", _site.Url("/bridge").AbsoluteUri, Body("the bridge"))));
        var report = await Importer().ImportAsync(_site.Url("/feed.xml"));
        Assert.Equal(2, report.Count(ImportOutcome.New));
        var odd = await _store.FindByFeedGuidAsync(Id("/feed.xml", "g-odd"));
        Assert.Equal(Now, odd!.Published);
    }

    [Fact]
    public async Task A_conditional_poll_of_an_unchanged_feed_gets_304_and_imports_nothing()
    {
        _site.Put("/feed.xml", "application/rss+xml", Rss(Item("g-1", "Bridge reopens", _site.Url("/bridge").AbsoluteUri, Body("the bridge"))));
        var first = await Importer().ImportAsync(_site.Url("/feed.xml"));
        Assert.NotNull(first.ETag);
        Assert.Equal("Test Gazette", first.Title);

        var conditions = new FetchConditions(first.ETag, first.LastModified);
        var unchanged = await Importer().ImportAsync(_site.Url("/feed.xml"), conditions);
        Assert.True(unchanged.NotModified);
        Assert.Empty(unchanged.Items);
        Assert.Equal(first.ETag, unchanged.ETag);

        _site.Put("/feed.xml", "application/rss+xml", Rss(Item("g-2", "Market moves", _site.Url("/market").AbsoluteUri, Body("the market"))));
        var changed = await Importer().ImportAsync(_site.Url("/feed.xml"), conditions);
        Assert.False(changed.NotModified);
        Assert.Equal(ImportOutcome.New, Assert.Single(changed.Items).Outcome);
        Assert.NotEqual(first.ETag, changed.ETag);
    }

    [Fact]
    public async Task A_changed_item_updates_its_article_and_keeps_its_slug()
    {
        var link = _site.Url("/bridge").AbsoluteUri;
        _site.Put("/feed.xml", "application/rss+xml", Rss(Item("g-1", "Bridge reopens", link, Body("the bridge"))));
        await Importer().ImportAsync(_site.Url("/feed.xml"));
        var before = await _store.FindByFeedGuidAsync(Id("/feed.xml", "g-1"));

        _site.Put("/feed.xml", "application/rss+xml", Rss(Item("g-1", "Bridge reopens on Monday", link, Body("the new bridge"))));
        var report = await Importer().ImportAsync(_site.Url("/feed.xml"));

        Assert.Equal(ImportOutcome.Updated, Assert.Single(report.Items).Outcome);
        var after = await _store.FindByFeedGuidAsync(Id("/feed.xml", "g-1"));
        Assert.NotNull(after);
        Assert.Equal(before!.Id, after.Id);
        Assert.Equal(before.Slug, after.Slug);
        Assert.Equal("Bridge reopens on Monday", after.Title);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task The_same_story_under_another_guid_and_link_is_skipped()
    {
        _site.Put("/a.xml", "application/rss+xml", Rss(Item("a-1", "Bridge reopens", _site.Url("/a/bridge").AbsoluteUri, Body("the bridge"))));
        _site.Put("/b.xml", "application/rss+xml", Rss(Item("b-9", "Bridge reopens", _site.Url("/b/bridge").AbsoluteUri, Body("the bridge"))));
        await Importer().ImportAsync(_site.Url("/a.xml"));
        var report = await Importer().ImportAsync(_site.Url("/b.xml"));
        Assert.Equal(ImportOutcome.Skipped, Assert.Single(report.Items).Outcome);
        Assert.Equal(1, await _store.CountAsync());
    }

    [Fact]
    public async Task Two_feeds_may_use_the_same_local_id_for_different_stories()
    {
        _site.Put("/a.xml", "application/rss+xml", Rss(Item("1", "Bridge reopens", _site.Url("/a/1").AbsoluteUri, Body("the bridge"))));
        _site.Put("/b.xml", "application/rss+xml", Rss(Item("1", "Market moves", _site.Url("/b/1").AbsoluteUri, Body("the market"))));
        await Importer().ImportAsync(_site.Url("/a.xml"));
        var report = await Importer().ImportAsync(_site.Url("/b.xml"));
        Assert.Equal(ImportOutcome.New, Assert.Single(report.Items).Outcome);
        Assert.Equal(2, await _store.CountAsync());
    }

    [Theory]
    [InlineData("tag:example.org,2026:post-1", "tag:example.org,2026:post-1")]
    [InlineData("https://example.org/news/1", "https://example.org/news/1")]
    [InlineData("1", "https://feeds.example.org/main.xml#1")]
    [InlineData("post 42", "https://feeds.example.org/main.xml#post 42")]
    public void Ids_are_scoped_to_their_feed_unless_they_are_absolute_uris(string id, string stored) =>
        Assert.Equal(stored, ArticleImporter.ScopedId(new Uri("https://feeds.example.org/main.xml"), id));

    [Fact]
    public async Task A_teaser_item_gets_the_text_of_its_page_and_keeps_the_teaser_when_the_page_fails()
    {
        _site.Put("/full", "text/html; charset=utf-8", $"<html><head><title>Full story</title></head><body>{Body("the harbour")}</body></html>");
        _site.Put("/gone", "text/html", "<html><body>Not here</body></html>", status: 404);
        _site.Put("/feed.xml", "application/rss+xml", Rss(
            Item("t-1", "Harbour plan", _site.Url("/full").AbsoluteUri, null, "<p>A short teaser about the harbour.</p>"),
            Item("t-2", "Lost page", _site.Url("/gone").AbsoluteUri, null, "<p>Only this teaser survives.</p>")));

        var report = await Importer().ImportAsync(_site.Url("/feed.xml"));

        Assert.Equal(2, report.Count(ImportOutcome.New));
        var full = await _store.FindByFeedGuidAsync(Id("/feed.xml", "t-1"));
        Assert.Contains("Paragraph 12 about the harbour", full!.BodyText, StringComparison.Ordinal);
        var teaser = await _store.FindByFeedGuidAsync(Id("/feed.xml", "t-2"));
        Assert.Equal("Only this teaser survives.", teaser!.BodyText.Trim());
    }

    [Fact]
    public async Task A_fetched_page_loses_its_site_furniture()
    {
        _site.Put("/story", "text/html; charset=utf-8", $"""
            <html><head><title>Harbour plan | Test Gazette</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><h1>Harbour plan</h1>{Body("the harbour")}
            <div class="share">Share this article on Facebook Twitter Email</div>
            <p><a href="/other">Read more: Ferry prices rise again</a></p></article>
            <footer>© 2026 Test Gazette. All rights reserved.</footer></body></html>
            """);
        _site.Put("/feed.xml", "application/rss+xml", Rss(Item("f-1", "Harbour plan", _site.Url("/story").AbsoluteUri, null, "<p>Teaser.</p>")));

        await Importer().ImportAsync(_site.Url("/feed.xml"));

        var article = await _store.FindByFeedGuidAsync(Id("/feed.xml", "f-1"));
        Assert.Contains("Paragraph 12 about the harbour", article!.BodyText, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Home", "Share this article", "Read more", "All rights reserved" })
            Assert.DoesNotContain(furniture, article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_windows_1251_feed_comes_out_right()
    {
        const string title = "Городской совет утвердил бюджет";
        var xml = Rss(Item("ru-1", title, _site.Url("/ru/1").AbsoluteUri, "<p>Депутаты обсуждали бюджет города три часа и приняли его большинством голосов.</p>"))
            .Replace("encoding=\"utf-8\"", "encoding=\"windows-1251\"", StringComparison.Ordinal);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _site.Put("/ru.xml", "text/xml", Encoding.GetEncoding("windows-1251").GetBytes(xml));

        await Importer().ImportAsync(_site.Url("/ru.xml"));

        var article = await _store.FindByFeedGuidAsync(Id("/ru.xml", "ru-1"));
        Assert.Equal(title, article!.Title);
        Assert.Equal("ru", article.Language);
    }

    [Fact]
    public async Task An_article_page_imports_as_one_article()
    {
        _site.Put("/story", "text/html; charset=utf-8", $"<html><head><title>Harbour plan approved</title></head><body>{Body("the harbour plan")}</body></html>");
        var report = await Importer().ImportAsync(_site.Url("/story"));
        Assert.Equal("page", report.Kind);
        Assert.Equal(ImportOutcome.New, Assert.Single(report.Items).Outcome);
        var article = await _store.FindBySourceUrlAsync(_site.Url("/story").AbsoluteUri);
        Assert.Equal("Harbour plan approved", article!.Title);
    }

    [Fact]
    public async Task Broken_and_failing_feeds_raise_clear_errors()
    {
        _site.Put("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Cut off");
        _site.Put("/error.xml", "application/rss+xml", "oops", status: 500);
        await Assert.ThrowsAsync<FeedFormatException>(() => Importer().ImportAsync(_site.Url("/broken.xml")));
        var e = await Assert.ThrowsAsync<FetchException>(() => Importer().ImportAsync(_site.Url("/error.xml")));
        Assert.Contains("500", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _store.CountAsync());
    }

    [Fact]
    public async Task Without_the_private_network_allowance_loopback_is_refused()
    {
        _site.Put("/feed.xml", "application/rss+xml", Rss(Item("g-1", "Bridge reopens", _site.Url("/bridge").AbsoluteUri, Body("the bridge"))));
        using var guarded = new PageFetcher(new FetchOptions());
        var importer = new ArticleImporter(_store, guarded, ExtractedPageContent.Extract);
        var e = await Assert.ThrowsAsync<FetchException>(() => importer.ImportAsync(_site.Url("/feed.xml")));
        Assert.True(e.IsRefused);
        Assert.Equal(0, await _store.CountAsync());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
