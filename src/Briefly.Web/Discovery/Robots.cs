using Briefly.Web.Site;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Discovery;

/// <summary>`/robots.txt`: the pages are for everyone, the API is not for crawlers, and the sitemap is here.</summary>
public static class Robots
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapRead("/robots.txt", (HttpContext context, IOptions<SiteOptions> options) =>
        {
            var site = SiteAddress.Of(context, options.Value);
            var text = "User-agent: *\nAllow: /\nDisallow: /api/\n" + (site is null ? "" : $"\nSitemap: {site}/sitemap.xml\n");
            return Results.Text(text, "text/plain; charset=utf-8");
        }).ExcludeFromDescription();
}
