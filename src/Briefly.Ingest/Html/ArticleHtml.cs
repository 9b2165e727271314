using Briefly.Text;

namespace Briefly.Ingest.Html;

/// <summary>
/// An article body as stored and shown: sanitized HTML, its plain text (the text the summarizer reads and whose
/// UTF-16 offsets summary sentences refer to), and the same HTML with those sentences marked for linking.
/// </summary>
public static class ArticleHtml
{
    /// <summary>Safe HTML fragment for an article body (HtmlSanitizer with a news-article allowlist).</summary>
    /// <remarks>
    /// h1 becomes h2 and h5/h6 become h4 (the page owns its h1; no heading text is lost). Layout containers
    /// (div, section, ...) become paragraphs; script, style, iframes, forms and other widgets are removed with
    /// their content; other unknown elements are unwrapped. No class, id, style or event attributes survive.
    /// Links keep http, https, mailto and relative targets, and absolute ones get rel="nofollow noopener noreferrer";
    /// images need an http(s) source or are removed.
    /// </remarks>
    public static string Sanitize(string html) => ArticleSanitizer.Sanitize(html);

    /// <summary>Plain text (paragraphs separated by "\n") to an HTML fragment: one &lt;p&gt; per paragraph, HTML-encoded.</summary>
    public static string FromPlainText(string text) => PlainTextParagraphs.ToHtml(text);

    /// <summary>
    /// The plain text of a (sanitized) body fragment: block elements are paragraphs separated by exactly one "\n",
    /// whitespace inside a paragraph collapses to one space, no leading/trailing whitespace.
    /// </summary>
    /// <remarks>
    /// Paragraph ends: p, h1-h6, li, blockquote, figcaption, td/th, pre, table parts, br, hr and layout containers.
    /// Whitespace is <see cref="char.IsWhiteSpace(char)"/> (so a no-break space collapses too). Image alt text and
    /// the content of script, style, nav, aside, footer and form controls are not text.
    /// </remarks>
    public static string ToText(string html)
    {
        if (string.IsNullOrEmpty(html))
            return "";
        using var document = BodyFragment.Parse(html);
        return document.Body is { } body ? BodyTextMap.Build(body).Text : "";
    }

    /// <summary>The same fragment with each given sentence (spans into ToText(html)) wrapped for linking and highlighting.</summary>
    /// <remarks>
    /// Only text nodes are split: each piece of a sentence is a &lt;span class="s" data-s="{start}"&gt; inside the
    /// element that held the text, and the first piece also has id="s{start}". Concatenating the pieces of a
    /// sentence in document order gives its text once each whitespace run is read as one space and the "\n"
    /// between paragraphs (part of no element) is left out; a piece keeps the whitespace that collapsed inside it.
    /// Empty and out-of-range spans are skipped; of overlapping ones the earlier start (then the longer) wins.
    /// </remarks>
    public static string AnnotateSentences(string html, IReadOnlyList<TextSpan> sentences) => SentenceAnchors.Annotate(html, sentences);
}
