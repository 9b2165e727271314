using AngleSharp.Dom;
using Ganss.Xss;

namespace Briefly.Ingest.Html;

/// <summary>
/// Turns untrusted article HTML into a body fragment that is safe to embed in our pages: the news allowlist of
/// <see cref="ArticleElements"/> enforced by HtmlSanitizer, after <see cref="BlockNormalizer"/> has reshaped
/// layout containers into paragraphs.
/// </summary>
internal static class ArticleSanitizer
{
    private const string ExternalLinkRel = "nofollow noopener noreferrer";

    // Enough for every case the property tests have found; a round only ever undoes nesting the parser would undo.
    private const int MaxRounds = 3;

    // Configured once and never changed afterwards; HtmlSanitizer keeps no per-call state on the instance,
    // so one is shared by all threads.
    private static readonly HtmlSanitizer Sanitizer = Create();

    private static HtmlSanitizer Create()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(ArticleElements.Allowed);
        options.AllowedAttributes.UnionWith(ArticleElements.AllowedAttributes);
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        options.UriAttributes.UnionWith(["href", "src"]);
        // Unknown wrappers (span, font, custom elements) hold real text: unwrap them rather than lose it.
        // Subtrees whose text must go have already been removed by BlockNormalizer.
        return new HtmlSanitizer(options) { KeepChildNodes = true };
    }

    public static string Sanitize(string html)
    {
        // Some trees the parser builds from broken markup (a heading inside a heading, a p inside a p, both by way
        // of a misplaced table) are not what their own serialization parses back to. Sanitizing again from that
        // serialization settles them, so what we store is exactly what a browser will build from it.
        var sanitized = SanitizeOnce(html);
        for (var round = 1; round < MaxRounds && !RoundTrips(sanitized); round++)
            sanitized = SanitizeOnce(sanitized);
        return sanitized;
    }

    private static bool RoundTrips(string html)
    {
        using var document = BodyFragment.Parse(html);
        return document.Body is { } body && BodyFragment.Serialize(body) == html;
    }

    private static string SanitizeOnce(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return "";
        using var document = Sanitizer.HtmlParserFactory().ParseDocument("<!doctype html><html><body>" + html);
        if (document.Body is not { } body)
            return "";
        // Images first: whether a paragraph has anything to show decides its shape, and an image we will not keep
        // is nothing to show.
        RemoveUnloadableImages(body);
        BlockNormalizer.Normalize(body);
        Sanitizer.SanitizeDom(document, body);
        RemoveUnloadableImages(body);
        MarkExternalLinks(body);
        RemoveEmptyParagraphs(body);
        TrimBlankEdges(body);
        return BodyFragment.Serialize(body);
    }

    // Whitespace before the first and after the last block is invisible; without it an empty body is "".
    private static void TrimBlankEdges(IElement body)
    {
        while (body.FirstChild is IText { Data: var first } head && string.IsNullOrWhiteSpace(first))
            head.Remove();
        while (body.LastChild is IText { Data: var last } tail && string.IsNullOrWhiteSpace(last))
            tail.Remove();
    }

    private static void MarkExternalLinks(IElement body)
    {
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            if (IsAbsolute(link.GetAttribute("href")!))
                link.SetAttribute("rel", ExternalLinkRel);
        }
    }

    // An image we cannot load from its own address shows nothing: relative sources would resolve against our
    // site, and data: or other schemes are not allowed for images.
    private static void RemoveUnloadableImages(IElement body)
    {
        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            if (image.GetAttribute("src") is not { } src || !IsWebAddress(src))
                image.Remove();
        }
    }

    private static void RemoveEmptyParagraphs(IElement body)
    {
        foreach (var paragraph in body.QuerySelectorAll("p").ToList())
        {
            if (!BlockNormalizer.HasReadableContent(paragraph))
                paragraph.Remove();
        }
    }

    private static bool IsWebAddress(string url)
    {
        var u = url.AsSpan().Trim();
        // HtmlSanitizer drops any attribute holding "&{" (an old script include); the image would lose its source.
        if (u.Contains("&{", StringComparison.Ordinal))
            return false;
        return u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || u.StartsWith("//", StringComparison.Ordinal);
    }

    // Anything with a scheme or a host of its own leaves our site; only paths and fragments stay on it.
    private static bool IsAbsolute(string url)
    {
        var u = url.AsSpan().Trim();
        if (u.StartsWith("//", StringComparison.Ordinal))
            return true;
        var colon = u.IndexOf(':');
        return colon > 0 && u[..colon].IndexOfAny('/', '?', '#') < 0;
    }
}
