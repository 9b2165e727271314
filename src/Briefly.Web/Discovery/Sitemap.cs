using System.Globalization;
using Briefly.Storage;
using Briefly.Web.Api;
using Briefly.Web.Site;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Discovery;

/// <summary>
/// `/sitemap.xml`: every article's address with its last change (sitemaps.org). Up to <see cref="PerFile"/>
/// articles it is one list; a bigger site gets an index of parts (`/sitemap.xml?part=N`), as the protocol requires.
/// </summary>
public static class Sitemap
{
    public const int PerFile = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapRead("/sitemap.xml", WriteAsync).ExcludeFromDescription();

    private static async Task WriteAsync(HttpContext context, IArticleStore store, IOptions<SiteOptions> options)
    {
        var ct = context.RequestAborted;
        var site = SiteAddress.Of(context, options.Value);
        if (site is null)
        {
            await SiteAddress.Unknown.ExecuteAsync(context);
            return;
        }
        var total = await store.CountAsync(ct);
        var parts = Math.Max(1, (total + PerFile - 1) / PerFile);
        var part = 0;
        var asked = context.Request.Query["part"].ToString();
        if (asked.Length > 0 && (!int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out part) || part < 1 || part > parts))
        {
            await Problems.NotFound($"the sitemap has parts 1 to {parts}").ExecuteAsync(context);
            return;
        }

        await XmlResponse.WriteAsync(context, "application/xml; charset=utf-8", async xml =>
        {
            await xml.WriteStartDocumentAsync();
            if (part == 0 && parts > 1)
            {
                await xml.WriteStartElementAsync(null, "sitemapindex", Namespace);
                for (var n = 1; n <= parts; n++)
                {
                    await xml.WriteStartElementAsync(null, "sitemap", Namespace);
                    await xml.WriteElementStringAsync(null, "loc", Namespace, $"{site}/sitemap.xml?part={n.ToString(CultureInfo.InvariantCulture)}");
                    await xml.WriteEndElementAsync();
                }
            }
            else
            {
                await xml.WriteStartElementAsync(null, "urlset", Namespace);
                var skip = Math.Max(0, part - 1) * PerFile;
                // Read in batches: a part of 50,000 articles is never one query result held at once.
                for (var done = 0; done < PerFile;)
                {
                    var stamps = await store.ListStampsAsync(skip + done, Math.Min(5000, PerFile - done), ct);
                    foreach (var stamp in stamps)
                    {
                        await xml.WriteStartElementAsync(null, "url", Namespace);
                        await xml.WriteElementStringAsync(null, "loc", Namespace, site + Links.Article(stamp.Slug));
                        await xml.WriteElementStringAsync(null, "lastmod", Namespace, Pages.Format.IsoTime(stamp.Updated));
                        await xml.WriteEndElementAsync();
                    }
                    done += stamps.Count;
                    if (stamps.Count < 5000)
                        break;
                }
            }
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        });
    }
}
