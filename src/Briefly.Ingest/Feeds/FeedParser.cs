using System.Globalization;
using System.Net;
using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;

namespace Briefly.Ingest.Feeds;

/// <summary>
/// RSS 0.9x / 2.0, RDF (RSS 1.0), Atom 1.0 and JSON Feed 1.x, parsed by CodeHollow.FeedReader and mapped to
/// <see cref="ParsedFeed"/>. Relative item links are resolved against the feed's own URL.
/// </summary>
public static class FeedParser
{
    /// <summary>Whether a fetched document looks like a feed rather than a web page.</summary>
    public static bool LooksLikeFeed(string contentType, string body)
    {
        if (contentType.Contains("rss", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("atom", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("feed+json", StringComparison.OrdinalIgnoreCase))
            return true;
        var start = body.AsSpan().TrimStart();
        if (start.StartsWith("{"))
            return start[..Math.Min(start.Length, 2000)].Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase);
        if (!start.StartsWith("<"))
            return false;
        return RootElement(body) is "rss" or "feed" or "RDF";
    }

    // The name of the document's root element, read past whatever prolog comes first (declaration, comments, a
    // DOCTYPE with an internal subset of any length), without expanding entities; null when it is not XML.
    private static string? RootElement(string body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(body), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                    return reader.LocalName;
            }
        }
        catch (XmlException)
        {
        }
        return null;
    }

    /// <exception cref="FeedFormatException">The document is not a readable feed.</exception>
    public static ParsedFeed Parse(string document, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(feedUrl);
        // Entity declarations are how XML bombs expand a few bytes into gigabytes; no real feed needs them.
        if (document.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
            throw new FeedFormatException("the feed declares XML entities, which are refused");
        // FeedReader reads JSON through the framework's JSON-to-XML reader, which throws IndexOutOfRangeException on
        // some malformed JSON (found by scripts/fuzz): such a document is refused here, by a strict JSON parser.
        if (document.AsSpan().TrimStart().StartsWith("{") && JsonSyntaxError(document) is { } jsonError)
            throw new FeedFormatException($"not a readable JSON feed ({jsonError})");
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(document);
        }
        catch (Exception e) when (e is XmlException or FeedTypeNotSupportedException or FormatException or InvalidOperationException or ArgumentException or System.Text.Json.JsonException
            // The same reader's other failures on input it cannot handle; a feed parser's bug is not ours to crash on.
            or IndexOutOfRangeException or NullReferenceException)
        {
            throw new FeedFormatException($"not a readable RSS, Atom or JSON feed ({FirstLine(e.Message)})", e);
        }
        if (feed.Type == FeedType.Unknown)
            throw new FeedFormatException("not an RSS, Atom or JSON feed");
        var items = feed.Items.Select(item => Map(item, feedUrl)).ToList();
        return new ParsedFeed(Format(feed.Type), Blank(WebUtility.HtmlDecode(feed.Title)), Blank(feed.Language), items);
    }

    private static string? JsonSyntaxError(string document)
    {
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(document);
            return null;
        }
        catch (System.Text.Json.JsonException e)
        {
            return FirstLine(e.Message);
        }
    }

    private static ParsedFeedItem Map(FeedItem item, Uri feedUrl)
    {
        var link = Blank(item.Link) is { } href && Uri.TryCreate(feedUrl, href.Trim(), out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute
            : null;
        var content = Blank(item.Content);
        var description = Blank(item.Description);
        return new ParsedFeedItem
        {
            Id = Blank(item.Id),
            Link = link,
            Title = Blank(WebUtility.HtmlDecode(item.Title)),
            Published = item.PublishingDate is { } date ? AsUtc(date) : ParseDate(item.PublishingDateString),
            Author = Blank(item.Author) ?? Creator(item.SpecificItem),
            Categories = item.Categories?.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [],
            ContentHtml = content,
            // Some feeds put the full text in the description and nothing in content; keep both, the importer chooses.
            SummaryHtml = description == content ? null : description,
        };
    }

    // Many RSS feeds name the writer only in Dublin Core (dc:creator), which the generic item leaves out.
    private static string? Creator(object? specific) => specific switch
    {
        CodeHollow.FeedReader.Feeds.Rss20FeedItem rss => Blank(rss.DC?.Creator),
        CodeHollow.FeedReader.Feeds.Rss10FeedItem rdf => Blank(rdf.DC?.Creator),
        _ => null,
    };

    private static DateTimeOffset AsUtc(DateTime date) =>
        new(date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime());

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed.ToUniversalTime() : null;

    private static string Format(FeedType type) => type switch
    {
        FeedType.Atom => "atom",
        FeedType.Rss_1_0 => "rss-1.0",
        FeedType.JsonFeed => "json-feed",
        FeedType.Rss_0_91 or FeedType.Rss_0_92 => "rss-0.9x",
        _ => "rss-2.0",
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
