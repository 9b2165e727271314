namespace Briefly.Ingest.Publishing;

/// <summary>The body of `POST /api/articles`: a title and either HTML or plain text.</summary>
public sealed record PublishRequest
{
    public string? Title { get; init; }
    /// <summary>Body HTML; sanitized before it is stored.</summary>
    public string? Html { get; init; }
    /// <summary>Body as plain text, paragraphs separated by blank lines or newlines.</summary>
    public string? Text { get; init; }
    /// <summary>ISO 639-1 code, or null / "auto" to detect it.</summary>
    public string? Language { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Author { get; init; }
    public string? Category { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public string? SourceUrl { get; init; }
    /// <summary>The publication at <see cref="SourceUrl"/>, shown with the link ("Harbour Gazette").</summary>
    public string? SourceName { get; init; }
    /// <summary>The address of the article's lead image; the site fetches and keeps a copy (imports do it themselves).</summary>
    public string? ImageUrl { get; init; }
    public string? Slug { get; init; }
}
