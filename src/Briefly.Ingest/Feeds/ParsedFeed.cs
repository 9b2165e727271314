namespace Briefly.Ingest.Feeds;

/// <summary>A feed as Briefly needs it, whatever its format.</summary>
public sealed record ParsedFeed(string Format, string? Title, string? Language, IReadOnlyList<ParsedFeedItem> Items);

/// <summary>
/// One item; <see cref="Id"/> is its GUID (RSS), id (Atom, JSON Feed). <see cref="ContentHtml"/> is the full body when the feed carries one (<c>content:encoded</c>, Atom
/// <c>content</c>, JSON Feed <c>content_html</c>); <see cref="SummaryHtml"/> is the description or teaser.
/// </summary>
public sealed record ParsedFeedItem
{
    public string? Id { get; init; }
    public Uri? Link { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? ContentHtml { get; init; }
    public string? SummaryHtml { get; init; }
}
