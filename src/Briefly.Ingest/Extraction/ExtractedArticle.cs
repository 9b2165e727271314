namespace Briefly.Ingest.Extraction;

/// <summary>The main content of a web page, as <see cref="ArticleExtractor"/> finds it.</summary>
/// <param name="Title">The article's headline (the page's own metadata first), or null when the page has none.</param>
/// <param name="Byline">The author line as the page gives it, or null.</param>
/// <param name="Published">The publication time from the page's metadata, or null.</param>
/// <param name="Language">ISO 639 code: the page's declared language, otherwise detected from <paramref name="Text"/>.</param>
/// <param name="Text">The article text, paragraphs separated by "\n": exactly the text of <paramref name="Html"/>.</param>
/// <param name="Html">The article body, sanitized (safe to embed in our pages).</param>
/// <param name="SiteName">The publication's name from the page's metadata (og:site_name), or null.</param>
/// <param name="Image">The page's lead image (og:image and the like) as an absolute http(s) address, or null.</param>
public sealed record ExtractedArticle(
    string? Title, string? Byline, DateTimeOffset? Published, string Language, string Text, string Html, string? SiteName = null, Uri? Image = null);
