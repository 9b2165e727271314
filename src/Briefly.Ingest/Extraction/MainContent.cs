using Briefly.Ingest.Html;
using SmartReader;

namespace Briefly.Ingest.Extraction;

/// <summary>What SmartReader (the .NET port of Mozilla's Readability) finds in a page, before our own cleaning.</summary>
internal sealed record MainContent(string? Title, string? Byline, DateTimeOffset? Published, string? Language, string? Html, string? SiteName = null, Uri? Image = null)
{
    /// <summary>Base address for pages given without one: links resolved against it are made relative again.</summary>
    public static readonly Uri PlaceholderBase = new("http://briefly.invalid/");

    public static MainContent Read(string html, Uri? url)
    {
        using var reader = new Reader((url ?? PlaceholderBase).AbsoluteUri, html)
        {
            MaxElemsToParse = HtmlLimits.MaxElements,
            // Keep class names until our furniture pass has read them; the sanitizer removes them afterwards.
            KeepClasses = true,
        };
        reader.AddCustomOperationStart(PageFurniture.Remove);
        var article = reader.GetArticle();
        var content = article.Content;
        if (url is null && !string.IsNullOrEmpty(content))
            content = content.Replace(PlaceholderBase.AbsoluteUri, "/", StringComparison.Ordinal);
        return new MainContent(
            Clean(article.Title),
            Clean(article.Byline) ?? Clean(article.Author),
            ToOffset(article.PublicationDate),
            Clean(article.Language),
            string.IsNullOrWhiteSpace(content) ? null : content,
            Clean(article.SiteName),
            WebUrl(article.FeaturedImage, url));
    }

    // og:image and the like: an absolute http(s) address (a relative one resolved against the page), or nothing.
    private static Uri? WebUrl(string? value, Uri? page)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var resolved = page is null ? Uri.TryCreate(value.Trim(), UriKind.Absolute, out var absolute) ? absolute : null
            : Uri.TryCreate(page, value.Trim(), out var relative) ? relative : null;
        return resolved is { Scheme: "http" or "https" } && resolved.Host != PlaceholderBase.Host ? resolved : null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // SmartReader parses metadata dates into a DateTime; one without a zone is read as UTC.
    private static DateTimeOffset? ToOffset(DateTime? date) => date switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local),
        { } other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Utc)),
    };
}
