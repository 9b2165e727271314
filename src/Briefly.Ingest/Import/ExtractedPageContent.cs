using Briefly.Ingest.Extraction;

namespace Briefly.Ingest.Import;

/// <summary>The importer's page reader: <see cref="ArticleExtractor"/>'s main content, or null when there is none.</summary>
public static class ExtractedPageContent
{
    public static PageContent? Extract(string html, Uri url)
    {
        try
        {
            var article = ArticleExtractor.Extract(html, url);
            return string.IsNullOrWhiteSpace(article.Text)
                ? null
                : new PageContent(article.Title, article.Html, article.Text, article.Byline, article.Published, article.Language, article.SiteName, article.Image);
        }
        catch (ExtractionException)
        {
            return null; // beyond the HTML limits: the item keeps its feed content
        }
    }
}
