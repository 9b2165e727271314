using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Briefly.Storage;

namespace Briefly.Web.Pages;

/// <summary>
/// What an article's page tells machines about it: its canonical address, Open Graph and Twitter card fields and a
/// schema.org NewsArticle in JSON-LD, with the article's Short summary as its description.
/// </summary>
public sealed record ArticleMetadata(Article Article, string Description, string? Site, string? Image, string SiteName)
{
    // Every script as itself, but '<', '>' and '&' escaped, so the JSON can never close its <script> element.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The page's absolute address; null when the site's address is unknown (a malformed Host).</summary>
    public string? Url => Site is null ? null : Site + Links.Article(Article.Slug);

    public string? ImageUrl => Site is null || Image is null ? null : Site + Image;

    /// <summary>schema.org NewsArticle as JSON.</summary>
    public string JsonLd()
    {
        var data = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = Article.Title,
            ["datePublished"] = Format.IsoTime(Article.Published),
            ["dateModified"] = Format.IsoTime(Article.Updated),
            ["inLanguage"] = Article.Language,
            ["abstract"] = Description,
            ["publisher"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = SiteName },
        };
        if (Url is not null)
            data["mainEntityOfPage"] = data["url"] = Url;
        if (Article.Author is not null)
            data["author"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = Article.Author };
        if (ImageUrl is not null)
            data["image"] = new[] { ImageUrl };
        if (Article.Category is not null)
            data["articleSection"] = Article.Category;
        if (Article.Tags.Count > 0)
            data["keywords"] = Article.Tags;
        return JsonSerializer.Serialize(data, Json);
    }
}
