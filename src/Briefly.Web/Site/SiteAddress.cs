namespace Briefly.Web.Site;

/// <summary>The site's public address ("https://news.example.org") for absolute links: feed, sitemap, canonical and Open Graph URLs.</summary>
public static class SiteAddress
{
    /// <summary>
    /// Behind a proxy or CDN the Host header is whatever the client sent: a configured <c>Briefly:BaseUrl</c> is the
    /// one to trust. Without one, the request's host is used only when it is a well-formed host (and, with
    /// AllowedHosts set, the host filter has already turned away any other). Null when there is neither.
    /// </summary>
    public static string? Of(HttpContext context, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaseUrl is { } configured)
            return configured.GetLeftPart(UriPartial.Authority);
        var host = context.Request.Host;
        if (!host.HasValue || host.Port is < 1 or > 65535)
            return null;
        var site = $"{context.Request.Scheme}://{host.Value}";
        return Uri.TryCreate(site + "/", UriKind.Absolute, out var uri) && uri.UserInfo.Length == 0 && uri.AbsolutePath == "/" ? site : null;
    }

    /// <summary>What a document of absolute links answers when <see cref="Of"/> finds no address.</summary>
    public static IResult Unknown => Api.Problems.BadRequest("the Host header is not a valid host name and port");
}
