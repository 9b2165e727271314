namespace Briefly.Ingest.Extraction;

/// <summary>The main content of a web page, as <see cref="ArticleExtractor"/> finds it.</summary>
/// <param name="Title">The article's headline (the page's own metadata first), or null when the page has none.</param>
/// <param name="Byline">The author line as the page gives it, or null.</param>
/// <param name="Published">The publication time from the page's metadata, or null.</param>
/// <param name="Language">ISO 639 code: the page's declared language, otherwise detected from <paramref name="Text"/>.</param>
/// <param name="Text">The article text, paragraphs separated by "\n": exactly the text of <paramref name="Html"/>.</param>
/// <param name="Html">The article body, sanitized (safe to embed in our pages).</param>
public sealed record ExtractedArticle(string? Title, string? Byline, DateTimeOffset? Published, string Language, string Text, string Html);
