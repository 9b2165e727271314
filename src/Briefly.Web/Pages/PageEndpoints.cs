using System.Globalization;
using Briefly.Storage;
using Briefly.Web.Articles;
using Briefly.Web.Site;
using Briefly.Web.Summaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Pages;

/// <summary>The reader's pages, rendered on the server as Razor components.</summary>
public static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapRead("/", HomeAsync);
        pages.MapRead("/category/{name}", CategoryAsync);
        pages.MapRead("/search", SearchAsync);
        pages.MapRead("/articles/{slug}", ArticleAsync);
        pages.MapRead("/articles/{slug}/summary", SummaryAsync);
    }

    private static async Task<IResult> HomeAsync(HttpRequest request, IArticleStore store, ChromeProvider chrome, IOptions<SiteOptions> options, CancellationToken ct)
    {
        var page = PageNumber(request);
        var list = await store.ListAsync(new ArticleQuery { Page = page, PageSize = options.Value.PageSize }, ct);
        if (page > list.TotalPages)
            return NotFound(await chrome.GetAsync(cancellationToken: ct), "Page not found", $"There are only {list.TotalPages} pages of articles.");
        return Render<ListingView>(new
        {
            Chrome = await chrome.GetAsync(cancellationToken: ct),
            Page = list,
            Heading = "Latest articles",
            IsHome = true,
            Description = $"The latest articles on {options.Value.SiteName}, each with a one-click summary.",
            PageUrl = (Func<int, string>)(n => n == 1 ? "/" : $"/?page={n}"),
        });
    }

    private static async Task<IResult> CategoryAsync(string name, HttpRequest request, IArticleStore store, ChromeProvider chrome, IOptions<SiteOptions> options, CancellationToken ct)
    {
        var list = await store.ListAsync(new ArticleQuery { Page = PageNumber(request), PageSize = options.Value.PageSize, Category = name }, ct);
        var site = await chrome.GetAsync(name, cancellationToken: ct);
        var known = site.Categories.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (known is null && list.TotalCount == 0)
            return NotFound(site, "Section not found", $"There is no section called “{name}”.");
        return Render<ListingView>(new
        {
            Chrome = site,
            Page = list,
            Heading = known?.Name ?? name,
            Title = known?.Name ?? name,
            PageUrl = (Func<int, string>)(n => n == 1 ? Links.Category(name) : $"{Links.Category(name)}?page={n}"),
        });
    }

    private static async Task<IResult> SearchAsync(HttpRequest request, IArticleStore store, ChromeProvider chrome, IOptions<SiteOptions> options, CancellationToken ct)
    {
        var q = request.Query["q"].ToString().Trim();
        if (q.Length > 200)
            q = q[..200];
        var site = await chrome.GetAsync(query: q, cancellationToken: ct);
        var list = q.Length == 0
            ? new ArticlePage([], 1, options.Value.PageSize, 0)
            : await store.ListAsync(new ArticleQuery { Page = PageNumber(request), PageSize = options.Value.PageSize, Text = q }, ct);
        return Render<ListingView>(new
        {
            Chrome = site,
            Page = list,
            Heading = q.Length == 0 ? "Search" : $"Search: {q}",
            Title = "Search",
            Note = q.Length == 0 ? "Type words to look for in titles and articles." : $"{list.TotalCount} {(list.TotalCount == 1 ? "article" : "articles")} found.",
            Empty = q.Length == 0 ? "" : "Nothing matches all of those words.",
            PageUrl = (Func<int, string>)(n => $"/search?q={Uri.EscapeDataString(q)}&page={n}"),
        });
    }

    private static async Task<IResult> ArticleAsync(string slug, ArticleCatalog catalog, ChromeProvider chrome, CancellationToken ct)
    {
        var article = await catalog.GetBySlugAsync(slug, ct);
        if (article is null)
            return NotFound(await chrome.GetAsync(cancellationToken: ct), "Article not found", "There is no article at this address. It may have moved.");
        var neighbours = await catalog.GetNeighboursAsync(article, ct);
        return Render<ArticleView>(new
        {
            Chrome = await chrome.GetAsync(article.Category, cancellationToken: ct),
            Article = article,
            Body = catalog.AnnotatedBody(article),
            Neighbours = neighbours,
            Description = Excerpt(article.BodyText),
        });
    }

    private static async Task<IResult> SummaryAsync(string slug, HttpRequest request, ArticleCatalog catalog, SummaryService summaries, ChromeProvider chrome, CancellationToken ct)
    {
        var site = await chrome.GetAsync(cancellationToken: ct);
        var article = await catalog.GetBySlugAsync(slug, ct);
        if (article is null)
            return NotFound(site, "Article not found", "There is no article at this address. It may have moved.");
        var q = request.Query;
        if (!SummarySpec.TryParse(q["length"], q["sentences"], q["words"], q["ratio"], q["method"], out var spec, out var error))
            return Render<MessageView>(new { Chrome = site, Heading = "Bad summary request", Message = error }, StatusCodes.Status400BadRequest);
        var summary = await summaries.GetAsync(article, spec, ct);
        return Render<SummaryView>(new { Chrome = site with { CurrentCategory = article.Category }, Article = article, summary.Summary, Spec = spec });
    }

    public static IResult NotFound(SiteChrome chrome, string heading, string message) =>
        Message(chrome, heading, message, StatusCodes.Status404NotFound);

    public static IResult Message(SiteChrome chrome, string heading, string message, int status) =>
        Render<MessageView>(new { Chrome = chrome, Heading = heading, Message = message }, status);

    private static RazorComponentResult<T> Render<T>(object parameters, int status = StatusCodes.Status200OK)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" };

    private static int PageNumber(HttpRequest request) =>
        int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    private static string Excerpt(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        if (first.Length <= 200)
            return first;
        var cut = first.LastIndexOf(' ', 199);
        return first[..(cut > 0 ? cut : 199)] + "…";
    }
}
