namespace Briefly.Ingest.Html;

/// <summary>
/// The images of a (sanitized) article body, which all live on other sites: the page shows them through the site's
/// own address instead, so a reader's browser never calls a third party (no tracking pixels, no referrer leaks) and
/// the pages' Content-Security-Policy can allow images from the site alone.
/// </summary>
public static class ArticleImages
{
    /// <summary>The absolute http(s) sources of the body's images, in document order; an image's number is its index.</summary>
    public static IReadOnlyList<Uri> Sources(string bodyHtml)
    {
        if (string.IsNullOrEmpty(bodyHtml) || !bodyHtml.Contains("<img", StringComparison.OrdinalIgnoreCase))
            return [];
        using var document = BodyFragment.Parse(bodyHtml);
        var sources = new List<Uri>();
        foreach (var image in document.Body!.QuerySelectorAll("img[src]"))
            sources.Add(Resolve(image.GetAttribute("src")!) ?? NoSource);
        return sources;
    }

    /// <summary>
    /// <paramref name="html"/> with each image's src replaced by <paramref name="localUrl"/>(its number), the same
    /// numbering as <see cref="Sources"/> of the body it came from; nothing else changes.
    /// </summary>
    public static string ThroughSite(string html, Func<int, string> localUrl)
    {
        ArgumentNullException.ThrowIfNull(localUrl);
        if (string.IsNullOrEmpty(html) || !html.Contains("<img", StringComparison.OrdinalIgnoreCase))
            return html;
        using var document = BodyFragment.Parse(html);
        var number = 0;
        foreach (var image in document.Body!.QuerySelectorAll("img[src]"))
            image.SetAttribute("src", localUrl(number++));
        return BodyFragment.Serialize(document.Body);
    }

    // The sanitizer keeps only http, https and protocol-relative sources; a protocol-relative one is fetched over https.
    private static Uri? Resolve(string src)
    {
        var s = src.Trim();
        if (s.StartsWith("//", StringComparison.Ordinal))
            s = "https:" + s;
        return Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
    }

    // Keeps the numbering when a source cannot be read; fetching it is refused like any other non-http address.
    private static readonly Uri NoSource = new("about:blank");
}
