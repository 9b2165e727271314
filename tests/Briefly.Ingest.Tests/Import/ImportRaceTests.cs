using Briefly.Ingest.Fetching;
using Briefly.Ingest.Import;
using Briefly.Storage.Testing;

namespace Briefly.Ingest.Tests.Import;

/// <summary>Several nodes importing one feed at the same moment, on one real PostgreSQL database.</summary>
public sealed class ImportRaceTests : IAsyncLifetime, IDisposable
{
    private readonly PageFetcher _fetcher = new(new FetchOptions { AllowPrivateNetwork = true, Timeout = TimeSpan.FromSeconds(10) });
    private FeedSite _site = null!;
    private TempSchema _schema = null!;

    public async Task InitializeAsync()
    {
        _site = await FeedSite.StartAsync();
        _schema = await TempSchema.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _schema.DisposeAsync();
    }

    public void Dispose() => _fetcher.Dispose();

    [Fact]
    public async Task Four_nodes_importing_one_feed_at_once_store_each_item_once()
    {
        var items = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<item><guid>g-{i}</guid><title>Council story {i}</title><link>{_site.Url($"/story-{i}").AbsoluteUri}</link>"
            + $"<pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate><content:encoded><![CDATA[{Body(i)}]]></content:encoded></item>"));
        _site.Put("/feed.xml", "application/rss+xml",
            $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Race Gazette</title>{items}</channel></rss>""");
        var nodes = Enumerable.Range(0, 4).Select(_ => _schema.Store()).ToList();
        await nodes[0].MigrateAsync();

        var reports = await Task.WhenAll(nodes.Select(store =>
            Task.Run(() => new ArticleImporter(store, _fetcher, ExtractedPageContent.Extract, TimeProvider.System).ImportAsync(_site.Url("/feed.xml")))));

        Assert.Equal(12, await nodes[0].CountAsync());
        Assert.Equal(12, reports.Sum(r => r.Count(ImportOutcome.New)));
        Assert.Equal(3 * 12, reports.Sum(r => r.Count(ImportOutcome.Skipped)));
    }

    // Long enough not to count as a teaser.
    private static string Body(int story) => string.Concat(Enumerable.Range(1, 12).Select(i =>
        $"<p>Paragraph {i} of story {story}: the council met residents, heard their questions about the plan, and promised a written answer before the next meeting.</p>"));
}
