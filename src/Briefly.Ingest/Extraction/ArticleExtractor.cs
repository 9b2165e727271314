using Briefly.Ingest.Html;
using Briefly.Text;
using Briefly.Text.Chrome;
using Briefly.Text.Languages;

namespace Briefly.Ingest.Extraction;

/// <summary>
/// The main content of a web page: SmartReader chooses it and reads the metadata, then our own cleaning takes out
/// share and subscribe blocks, captions, "Read more" links and furniture lines, and the result is sanitized.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>Extracts the article from a page's HTML.</summary>
    /// <param name="html">The whole page.</param>
    /// <param name="url">Where the page came from (relative links are resolved against it), or null.</param>
    /// <exception cref="ExtractionException">The HTML is beyond <see cref="HtmlLimits"/>.</exception>
    /// <remarks>When SmartReader finds no article, the text of the whole page (without navigation, scripts and
    /// furniture lines) is used instead. The text is never empty unless the page has no text at all.</remarks>
    public static ExtractedArticle Extract(string html, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlLimits.Check(html) is { } reason)
            throw new ExtractionException(reason);
        var main = MainContent.Read(html, url);
        var body = main.Html is null ? "" : ChromeBlocks.Remove(ArticleHtml.Sanitize(main.Html));
        var text = ArticleHtml.ToText(body);
        string? fallbackTitle = null;
        if (text.Length == 0)
            (fallbackTitle, text, body) = WholePage(html);
        var title = main.Title ?? fallbackTitle;
        return new ExtractedArticle(title, main.Byline, main.Published, Language(main.Language, text), text, body, main.SiteName, main.Image);
    }

    private static (string? Title, string Text, string Html) WholePage(string html)
    {
        var page = HtmlText.Extract(html);
        var kept = new List<TextSpan>();
        ChromeFilter.ContentParagraphs(page.Text, kept);
        var text = string.Join('\n', kept.Select(span => span.Slice(page.Text)));
        return (page.Title, text, ArticleHtml.FromPlainText(text));
    }

    // The page's own declaration ("en-GB", "ru_RU") when it is a language code, otherwise the text's language.
    private static string Language(string? declared, string text) => LanguageCodes.FromTag(declared) ?? LanguageDetector.Detect(text);
}
