namespace Briefly.Storage;

/// <summary>What a publisher or an importer hands to the store; the store adds id, slug, hash and times.</summary>
public sealed record ArticleDraft
{
    public required string Title { get; init; }
    public required string BodyHtml { get; init; }
    public required string BodyText { get; init; }
    public required string Language { get; init; }
    public required DateTimeOffset Published { get; init; }
    public string? SourceUrl { get; init; }
    /// <summary>The publication at <see cref="SourceUrl"/> ("Harbour Gazette"), shown as the source.</summary>
    public string? SourceName { get; init; }
    /// <summary>The address of the article's lead image at its source; the site keeps a copy (<see cref="IArticleStore.PutImageAsync"/>).</summary>
    public string? ImageUrl { get; init; }
    public string? Author { get; init; }
    public string? Category { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? FeedGuid { get; init; }
    /// <summary>A wished-for slug; the store makes it unique. Null derives one from the title.</summary>
    public string? Slug { get; init; }
}
