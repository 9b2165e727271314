namespace Briefly.Ingest.Import;

/// <summary>The main content of a fetched article page, as an extractor finds it: its HTML and that HTML's text.</summary>
public sealed record PageContent(
    string? Title, string Html, string Text, string? Author = null, DateTimeOffset? Published = null, string? Language = null,
    string? SiteName = null, Uri? Image = null);
