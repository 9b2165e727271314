using Briefly.Ingest.Feeds;

namespace Briefly.Ingest.Tests.Feeds;

public class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://news.example.org/feeds/main.xml");

    private const string Rss2 = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Harbour Town Gazette</title>
            <language>en-gb</language>
            <item>
              <title>Ferry timetable changes &amp; new routes</title>
              <link>/stories/ferry-timetable</link>
              <guid isPermaLink="false">gazette-1001</guid>
              <pubDate>Tue, 03 Nov 2026 09:30:00 +0100</pubDate>
              <dc:creator>Mara Holt</dc:creator>
              <category>Transport</category>
              <category>Harbour</category>
              <description>Two routes are added.</description>
              <content:encoded><![CDATA[<p>The ferry company added two routes.</p><p>Tickets go on sale on Monday.</p>]]></content:encoded>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss2_items_carry_id_absolute_link_date_author_categories_and_both_bodies()
    {
        var feed = FeedParser.Parse(Rss2, FeedUrl);
        Assert.Equal("rss-2.0", feed.Format);
        Assert.Equal("Harbour Town Gazette", feed.Title);
        Assert.Equal("en-gb", feed.Language);
        var item = Assert.Single(feed.Items);
        Assert.Equal("gazette-1001", item.Id);
        Assert.Equal("https://news.example.org/stories/ferry-timetable", item.Link?.AbsoluteUri);
        Assert.Equal("Ferry timetable changes & new routes", item.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 8, 30, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("Mara Holt", item.Author);
        Assert.Equal(["Transport", "Harbour"], item.Categories);
        Assert.Contains("Tickets go on sale", item.ContentHtml, StringComparison.Ordinal);
        Assert.Equal("Two routes are added.", item.SummaryHtml);
    }

    [Fact]
    public void Rdf_rss_1_0_is_read()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://news.example.org/"><title>Valley Notes</title><link>https://news.example.org/</link><description>Notes</description></channel>
              <item rdf:about="https://news.example.org/notes/42"><title>Bridge repairs finish early</title><link>https://news.example.org/notes/42</link><description>The bridge reopens on Friday.</description></item>
            </rdf:RDF>
            """;
        var feed = FeedParser.Parse(rdf, FeedUrl);
        Assert.Equal("rss-1.0", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Bridge repairs finish early", item.Title);
        Assert.Equal("https://news.example.org/notes/42", item.Link?.AbsoluteUri);
    }

    [Fact]
    public void Atom_entries_use_id_alternate_link_and_content()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Hill Country Daily</title>
              <id>tag:hill.example,2026:feed</id>
              <updated>2026-11-20T10:00:00Z</updated>
              <entry>
                <title>Library opens late on Thursdays</title>
                <id>tag:hill.example,2026:entry-7</id>
                <link rel="alternate" href="https://hill.example/library-hours"/>
                <updated>2026-11-20T09:00:00Z</updated>
                <published>2026-11-19T18:00:00Z</published>
                <author><name>Ivo Brandt</name></author>
                <summary>Longer hours from December.</summary>
                <content type="html">&lt;p&gt;The library will stay open until nine.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;
        var feed = FeedParser.Parse(atom, FeedUrl);
        Assert.Equal("atom", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("tag:hill.example,2026:entry-7", item.Id);
        Assert.Equal("https://hill.example/library-hours", item.Link?.AbsoluteUri);
        Assert.Equal("Ivo Brandt", item.Author);
        Assert.Contains("open until nine", item.ContentHtml, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 18, 0, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Json_feed_items_are_read()
    {
        const string json = """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "Coast Radio News",
              "language": "en",
              "items": [
                { "id": "cr-55", "url": "https://coast.example/news/55", "title": "Storm warning lifted",
                  "content_html": "<p>The storm warning was lifted at noon.</p>", "summary": "Warning lifted.",
                  "date_published": "2026-11-21T12:00:00Z", "tags": ["Weather"] }
              ]
            }
            """;
        Assert.True(FeedParser.LooksLikeFeed("application/json", json));
        var feed = FeedParser.Parse(json, FeedUrl);
        Assert.Equal("json-feed", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("cr-55", item.Id);
        Assert.Equal("Storm warning lifted", item.Title);
        Assert.Contains("lifted at noon", item.ContentHtml, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Entity_declarations_are_refused_before_parsing()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>&b;</title></channel></rss>
            """;
        var e = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(bomb, FeedUrl));
        Assert.Contains("entities", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>Broken")]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [")]
    // Found by scripts/fuzz: brackets closing what was never opened made the JSON reader throw IndexOutOfRangeException.
    [InlineData("{\"version\":\"htt0:00Z\"}]}feed.org/version/1.1\",\"title\":\"JSON News\",\"items\":[{\"id\":\"1\"}]}")]
    public void Broken_or_foreign_documents_give_a_one_line_error(string document)
    {
        var e = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(document, FeedUrl));
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("application/rss+xml", "<rss/>", true)]
    [InlineData("text/xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", true)]
    [InlineData("text/html", "<!doctype html><html><head><title>A page</title></head></html>", false)]
    [InlineData("application/json", "{\"name\": \"not a feed\"}", false)]
    public void Feeds_are_told_from_pages(string contentType, string body, bool feed) =>
        Assert.Equal(feed, FeedParser.LooksLikeFeed(contentType, body));

    [Fact]
    public void A_feed_after_a_long_prolog_is_still_a_feed_and_one_with_entities_is_refused_as_such()
    {
        var comments = string.Concat(Enumerable.Repeat("<!-- generated by the newsroom's publishing system -->\n", 60));
        var rss = $"<?xml version=\"1.0\"?>\n{comments}<rss version=\"2.0\"><channel><title>Long prolog</title></channel></rss>";
        Assert.True(comments.Length > 2000);
        Assert.True(FeedParser.LooksLikeFeed("text/xml", rss));
        Assert.Equal("Long prolog", FeedParser.Parse(rss, FeedUrl).Title);

        var entities = string.Concat(Enumerable.Range(0, 100).Select(i => $"<!ENTITY e{i} \"padding padding padding\">"));
        var withEntities = $"<?xml version=\"1.0\"?><!DOCTYPE rss [{entities}]><rss version=\"2.0\"><channel><title>&e1;</title></channel></rss>";
        Assert.True(FeedParser.LooksLikeFeed("application/octet-stream", withEntities));
        var e = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(withEntities, FeedUrl));
        Assert.Contains("entities", e.Message, StringComparison.Ordinal);
    }
}
