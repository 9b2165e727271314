using Briefly.Ingest.Html;

namespace Briefly.Ingest.Import;

/// <summary>The simplest <see cref="PageContent"/>: the page's title and the text of its whole body.</summary>
public static class WholePageContent
{
    public static PageContent? Extract(string html, Uri url)
    {
        if (HtmlLimits.Check(html) is not null)
            return null;
        var page = HtmlText.Extract(html);
        return string.IsNullOrWhiteSpace(page.Text) ? null : new PageContent(page.Title, ArticleHtml.FromPlainText(page.Text));
    }
}
