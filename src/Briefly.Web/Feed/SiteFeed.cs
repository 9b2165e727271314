using System.Globalization;
using System.Text;
using System.Xml;
using Briefly.Storage;
using Briefly.Web.Articles;
using Briefly.Web.Site;
using Briefly.Web.Summaries;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Feed;

/// <summary>`/feed.xml`: the site's own RSS 2.0 feed, each item described by its summary.</summary>
public static class SiteFeed
{
    public const int Items = 20;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapRead("/feed.xml", WriteAsync).ExcludeFromDescription();

    private static async Task WriteAsync(HttpContext context, IArticleStore store, ArticleCatalog catalog, SummaryService summaries, IOptions<SiteOptions> options)
    {
        var ct = context.RequestAborted;
        var page = await store.ListAsync(new ArticleQuery { PageSize = Items }, ct);
        var site = SiteAddress.Of(context, options.Value);
        if (site is null)
        {
            await SiteAddress.Unknown.ExecuteAsync(context);
            return;
        }
        await XmlResponse.WriteAsync(context, "application/rss+xml; charset=utf-8", xml => WriteFeedAsync(xml, page, site, catalog, summaries, options.Value.SiteName, ct));
    }

    private static async Task WriteFeedAsync(
        XmlWriter xml, ArticlePage page, string site, ArticleCatalog catalog, SummaryService summaries, string siteName, CancellationToken ct)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", siteName);
        xml.WriteElementString("link", site + "/");
        xml.WriteElementString("description", $"The latest articles on {siteName}, with summaries.");
        xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("href", site + "/feed.xml");
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        if (page.Items.Count > 0)
            xml.WriteElementString("lastBuildDate", page.Items[0].Published.ToString("R", CultureInfo.InvariantCulture));
        foreach (var item in page.Items)
        {
            var article = await catalog.GetBySlugAsync(item.Slug, ct);
            if (article is null)
                continue;
            var summary = await summaries.GetAsync(article, SummarySpec.Medium, ct);
            var link = site + Links.Article(article.Slug);
            xml.WriteStartElement("item");
            xml.WriteElementString("title", XmlSafe(article.Title));
            xml.WriteElementString("link", link);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(link);
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", article.Published.ToString("R", CultureInfo.InvariantCulture));
            if (article.Category is not null)
                xml.WriteElementString("category", XmlSafe(article.Category));
            if (article.Author is not null)
                xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", XmlSafe(article.Author));
            xml.WriteElementString("description", XmlSafe(summary.Summary.Paragraph));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    // One stray control character or lone surrogate in an imported article must not break the whole feed.
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
            return text;
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                safe.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                safe.Append(text[i]).Append(text[++i]);
        }
        return safe.ToString();
    }
}
