namespace Briefly.Ingest.Html;

/// <summary>
/// The element vocabulary of an article body, shared by the sanitizer and the text walker so that what the
/// sanitizer keeps as a paragraph is exactly what the walker reads as one.
/// </summary>
internal static class ArticleElements
{
    /// <summary>What a sanitized body may contain. caption and tfoot are here so that a table keeps its shape:
    /// unwrapping them would leave text directly in a table, which the parser moves out of it on the next parse.</summary>
    public static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "figure", "figcaption", "img", "a",
        "em", "strong", "b", "i", "u", "s", "sub", "sup", "br", "hr", "code", "pre",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "q", "cite", "small", "abbr", "time",
    };

    /// <summary>Attributes kept on allowed elements; everything else (style, class, id, on*, data-*) goes.
    /// title, datetime and colspan/rowspan carry meaning for abbr, time and tables.</summary>
    public static readonly HashSet<string> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "alt", "title", "datetime", "colspan", "rowspan",
    };

    /// <summary>Removed with everything inside: their content is code, page furniture or a widget, never article
    /// text. Matches what <see cref="HtmlText"/> skips, plus embedded media and form controls.</summary>
    public static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "frameset", "object",
        "embed", "applet", "video", "audio", "map", "head", "title", "meta", "link", "base",
        "form", "button", "select", "option", "optgroup", "datalist", "textarea", "input", "label", "output",
        "nav", "footer", "aside", "dialog", "xmp", "noembed", "noframes", "plaintext",
    };

    /// <summary>Disallowed block containers: a run of inline content inside one becomes a paragraph of its own
    /// instead of running into its neighbour's text when the container is unwrapped. Only elements whose start tag
    /// closes an open p are here, so a p made from one can never end up inside another p.</summary>
    public static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "main", "header", "hgroup", "address", "center", "details", "summary",
        "dl", "dt", "dd", "fieldset", "menu",
    };

    /// <summary>Elements that end a paragraph of text (before and after). br is here too: in article bodies a line
    /// break almost always separates paragraphs ("text&lt;br&gt;&lt;br&gt;text") rather than lines of verse.</summary>
    public static readonly HashSet<string> ParagraphBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "body", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "figure", "figcaption",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup", "col", "hr", "br",
        "div", "section", "article", "main", "header", "hgroup", "address", "center", "details", "summary",
        "dl", "dt", "dd", "fieldset", "menu", "nav", "footer", "aside", "form", "dialog",
    };

    /// <summary>Elements whose direct text is layout whitespace only (the parser moves real text out of them).</summary>
    public static readonly HashSet<string> NoText = new(StringComparer.OrdinalIgnoreCase)
    {
        "table", "thead", "tbody", "tfoot", "tr", "colgroup",
    };

    /// <summary>Heading levels the body may use: the page owns h1, and h5/h6 read as the lowest level we keep.</summary>
    public static string? HeadingReplacement(string localName) => localName.ToLowerInvariant() switch
    {
        "h1" => "h2",
        "h5" or "h6" => "h4",
        _ => null,
    };
}
