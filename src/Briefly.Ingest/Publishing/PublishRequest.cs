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
    public string? Slug { get; init; }
}
