namespace Briefly.Storage;

/// <summary>A stored article. <see cref="BodyHtml"/> is already sanitized; <see cref="BodyText"/> is its plain text
/// (paragraphs separated by "\n"), which is what the summarizer reads and what summary offsets point into.
/// Immutable (caches hand out one instance to every reader).</summary>
[System.ComponentModel.ImmutableObject(true)]
public sealed record Article
{
    public required long Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string BodyHtml { get; init; }
    public required string BodyText { get; init; }
    /// <summary>ISO 639-1 code.</summary>
    public required string Language { get; init; }
    public required DateTimeOffset Published { get; init; }
    public string? SourceUrl { get; init; }
    /// <summary>The publication at <see cref="SourceUrl"/>.</summary>
    public string? SourceName { get; init; }
    /// <summary>The address of the lead image at its source.</summary>
    public string? ImageUrl { get; init; }
    /// <summary>Whether the store holds a copy of the lead image, which the site serves itself.</summary>
    public bool HasImage { get; init; }
    public string? Author { get; init; }
    public string? Category { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Feed item GUID, when the article came from a feed.</summary>
    public string? FeedGuid { get; init; }
    /// <summary><see cref="Storage.ContentHash.Of"/> of title and body text: the summary cache key.</summary>
    public required string ContentHash { get; init; }
    public required int WordCount { get; init; }
    public required DateTimeOffset Created { get; init; }
    public required DateTimeOffset Updated { get; init; }
}
