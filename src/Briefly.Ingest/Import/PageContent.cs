namespace Briefly.Ingest.Import;

/// <summary>The main content of a fetched article page, as an extractor finds it (HTML not yet sanitized).</summary>
public sealed record PageContent(string? Title, string Html, string? Author = null, DateTimeOffset? Published = null, string? Language = null);
