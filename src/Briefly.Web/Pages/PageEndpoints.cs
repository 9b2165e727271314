using System.Globalization;
using Briefly.Storage;
using Briefly.Summarization;
using Briefly.Web.Articles;
using Briefly.Web.Localization;
using Briefly.Web.Site;
using Briefly.Web.Summaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Pages;

/// <summary>
/// The reader's pages, rendered on the server as Razor components. An article's pages are in the article's language
/// (<see cref="PageLanguage"/>), every other page in the site's.
/// </summary>
public static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapRead("/", HomeAsync);
        pages.MapRead("/category/{name}", CategoryAsync);
        pages.MapRead("/tag/{name}", TagAsync);
        pages.MapRead("/search", SearchAsync);
        pages.MapRead("/articles/{slug}", ArticleAsync);
        pages.MapRead("/articles/{slug}/summary", SummaryAsync);
    }

    private static async Task<IResult> HomeAsync(
        HttpRequest request, IArticleStore store, ChromeProvider chrome, ListEntries entries, PageLanguage language,
        IStringLocalizer<SiteText> text, IOptions<SiteOptions> options, CancellationToken ct)
    {
        var culture = PageLanguage.Use(language.Site);
        var page = PageNumber(request);
        var list = await store.ListAsync(new ArticleQuery { Page = page, PageSize = options.Value.PageSize }, ct);
        if (page > list.TotalPages)
            return NotFound(culture, await chrome.GetAsync(cancellationToken: ct), text["PageNotFound"], text["OnlyPages", list.TotalPages]);
        return Render<ListingView>(culture, new
        {
            Chrome = await chrome.GetAsync(cancellationToken: ct),
            Page = list,
            Entries = entries.For(list),
            Heading = text["LatestArticles"].Value,
            IsHome = true,
            Description = text["HomeDescription", options.Value.SiteName].Value,
            PageUrl = (Func<int, string>)(n => n == 1 ? "/" : $"/?page={n}"),
        });
    }

    private static async Task<IResult> CategoryAsync(
        string name, HttpRequest request, IArticleStore store, ChromeProvider chrome, ListEntries entries, PageLanguage language,
        IStringLocalizer<SiteText> text, IOptions<SiteOptions> options, CancellationToken ct)
    {
        var culture = PageLanguage.Use(language.Site);
        var list = await store.ListAsync(new ArticleQuery { Page = PageNumber(request), PageSize = options.Value.PageSize, Category = name }, ct);
        var site = await chrome.GetAsync(name, cancellationToken: ct);
        var known = site.Categories.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (known is null && list.TotalCount == 0)
            return NotFound(culture, site, text["SectionNotFound"], text["NoSuchSection", name]);
        return List(culture, site, list, entries, text.Section(known?.Name ?? name), Links.Category(name));
    }

    private static async Task<IResult> TagAsync(
        string name, HttpRequest request, IArticleStore store, ChromeProvider chrome, ListEntries entries, PageLanguage language,
        IStringLocalizer<SiteText> text, IOptions<SiteOptions> options, CancellationToken ct)
    {
        var culture = PageLanguage.Use(language.Site);
        var list = await store.ListAsync(new ArticleQuery { Page = PageNumber(request), PageSize = options.Value.PageSize, Tag = name }, ct);
        var site = await chrome.GetAsync(cancellationToken: ct);
        if (list.TotalCount == 0)
            return NotFound(culture, site, text["TagNotFound"], text["NoSuchTag", name]);
        return List(culture, site, list, entries, text["TagHeading", name].Value, Links.Tag(name));
    }

    // A section's or a tag's list: its heading as the title too, pages at ?page=N.
    private static IResult List(CultureInfo culture, SiteChrome site, ArticlePage list, ListEntries entries, string heading, string url) =>
        Render<ListingView>(culture, new
        {
            Chrome = site,
            Page = list,
            Entries = entries.For(list),
            Heading = heading,
            Title = heading,
            PageUrl = (Func<int, string>)(n => n == 1 ? url : $"{url}?page={n}"),
        });

    private static async Task<IResult> SearchAsync(
        HttpRequest request, IArticleStore store, ChromeProvider chrome, ListEntries entries, PageLanguage language,
        IStringLocalizer<SiteText> text, IOptions<SiteOptions> options, CancellationToken ct)
    {
        var culture = PageLanguage.Use(language.Site);
        var q = request.Query["q"].ToString().Trim();
        if (q.Length > 200)
            q = q[..200];
        var site = await chrome.GetAsync(query: q, cancellationToken: ct);
        var list = q.Length == 0
            ? new ArticlePage([], 1, options.Value.PageSize, 0)
            : await store.ListAsync(new ArticleQuery { Page = PageNumber(request), PageSize = options.Value.PageSize, Text = q }, ct);
        return Render<ListingView>(culture, new
        {
            Chrome = site,
            Page = list,
            Entries = await entries.ForResultsAsync(list, q, ct),
            Heading = q.Length == 0 ? text["Search"].Value : text["SearchFor", q].Value,
            Title = text["Search"].Value,
            Note = q.Length == 0 ? text["SearchHint"].Value : text.Found(list.TotalCount),
            Empty = q.Length == 0 ? "" : text["NothingMatches"].Value,
            PageUrl = (Func<int, string>)(n => $"/search?q={Uri.EscapeDataString(q)}&page={n}"),
        });
    }

    private static async Task<IResult> ArticleAsync(
        string slug, HttpContext context, ArticleCatalog catalog, IArticleStore store, SummaryService summaries, ChromeProvider chrome,
        PageLanguage language, IStringLocalizer<SiteText> text, IOptions<SiteOptions> options, CancellationToken ct)
    {
        var article = await catalog.GetBySlugAsync(slug, ct);
        if (article is null)
            return await NoArticleAsync(slug, store, await chrome.GetAsync(cancellationToken: ct), language, text, ct);
        var culture = PageLanguage.Use(language.ForArticle(article.Language));
        var neighbours = await catalog.GetNeighboursAsync(article, ct);
        var body = catalog.Body(article);
        var summary = (await summaries.GetAsync(article, ListSummaries.Spec, ct)).Summary;
        var description = summary.Sentences.Count > 0 ? summary.Paragraph : Excerpt(article.BodyText);
        var image = article.HasImage ? Links.LeadImage(article.Slug) : body.Images > 0 ? Links.ArticleImage(article.Slug, 0) : null;
        return Render<ArticleView>(culture, new
        {
            Chrome = await chrome.GetAsync(article.Category, cancellationToken: ct),
            Article = article,
            Body = body,
            Neighbours = neighbours,
            Meta = new ArticleMetadata(article, description, SiteAddress.Of(context, options.Value), image, options.Value.SiteName),
        });
    }

    private static async Task<IResult> SummaryAsync(
        string slug, HttpRequest request, ArticleCatalog articles, IArticleStore store, SummaryService summaries, ISummarizerCatalog methods,
        ChromeProvider chrome, PageLanguage language, IStringLocalizer<SiteText> text, CancellationToken ct)
    {
        var site = await chrome.GetAsync(cancellationToken: ct);
        var article = await articles.GetBySlugAsync(slug, ct);
        if (article is null)
            return await NoArticleAsync(slug, store, site, language, text, ct);
        var culture = PageLanguage.Use(language.ForArticle(article.Language));
        var q = request.Query;
        if (!SummarySpec.TryParseForArticle(q["length"], q["sentences"], q["words"], q["ratio"], q["method"], methods, out var spec, out var error))
            return Render<MessageView>(culture, new { Chrome = site, Heading = text["BadSummaryRequest"].Value, Message = error }, StatusCodes.Status400BadRequest);
        var summary = await summaries.GetAsync(article, spec, ct);
        return Render<SummaryView>(culture, new { Chrome = site with { CurrentCategory = article.Category }, Article = article, summary.Summary, Spec = spec });
    }

    // 410 for an address whose article was deleted, 404 for one that never held any.
    private static async Task<IResult> NoArticleAsync(
        string slug, IArticleStore store, SiteChrome chrome, PageLanguage language, IStringLocalizer<SiteText> text, CancellationToken ct)
    {
        var culture = PageLanguage.Use(language.Site);
        return await store.WasDeletedAsync(slug, ct)
            ? DeadEnd(culture, chrome, text["ArticleRemoved"], text["ArticleRemovedText"], StatusCodes.Status410Gone)
            : NotFound(culture, chrome, text["ArticleNotFound"], text["NoSuchArticle"]);
    }

    /// <summary>A reader's error page in the site's language (the status page of the whole site).</summary>
    public static IResult NotFound(CultureInfo culture, SiteChrome chrome, string heading, string message) =>
        DeadEnd(culture, chrome, heading, message, StatusCodes.Status404NotFound);

    /// <summary>A page that is not (or no longer) there, with search and the latest articles to go on to.</summary>
    public static IResult DeadEnd(CultureInfo culture, SiteChrome chrome, string heading, string message, int status) =>
        Render<MessageView>(culture, new { Chrome = chrome, Heading = heading, Message = message, OfferWayOn = true }, status);

    public static IResult Message(CultureInfo culture, SiteChrome chrome, string heading, string message, int status) =>
        Render<MessageView>(culture, new { Chrome = chrome, Heading = heading, Message = message }, status);

    private static IResult Render<T>(CultureInfo culture, object parameters, int status = StatusCodes.Status200OK)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        PageLanguage.In(culture, new RazorComponentResult<T>(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" });

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
