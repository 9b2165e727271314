using System.Globalization;
using Briefly.Storage;
using Briefly.Web.Articles;
using Briefly.Web.Summaries;

namespace Briefly.Web.Api;

/// <summary>`/api/articles`: list, read, summarize and publish articles.</summary>
public static class ArticlesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", ListAsync)
            .WithSummary("Latest articles, newest first, optionally filtered by category and full-text query")
            .Produces<ArticlePageResource>()
            .ProducesProblem(400);
        group.MapGet("/{slug}", GetAsync)
            .WithSummary("One article with its sanitized HTML body and plain text")
            .Produces<ArticleResource>()
            .ProducesProblem(404);
        group.MapGet("/{slug}/summary", SummaryAsync)
            .WithSummary("The article's summary (cached), in the same JSON as `briefly summarize --format json`")
            .Produces(200, contentType: "application/json")
            .ProducesProblem(400)
            .ProducesProblem(404);
        group.MapPost("/", PublishAsync)
            .WithSummary("Publish an article (requires X-Api-Key)")
            .Accepts<PublishRequest>("application/json")
            .Produces<ArticleResource>(201)
            .ProducesProblem(400)
            .ProducesProblem(401)
            .ProducesProblem(413)
            .ProducesProblem(422)
            .AddEndpointFilter<ApiKeyFilter>();
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IArticleStore store, CancellationToken cancellationToken)
    {
        var page = 1;
        if (request.Query["page"] is { Count: > 0 } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
            return Problems.BadRequest("page must be a whole number from 1");
        var pageSize = 10;
        if (request.Query["pageSize"] is { Count: > 0 } s
            && (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > ArticleQuery.MaxPageSize))
            return Problems.BadRequest($"pageSize must be a whole number from 1 to {ArticleQuery.MaxPageSize}");
        string? q = request.Query["q"];
        if (q is { Length: > 500 })
            return Problems.BadRequest("q is longer than 500 characters");
        var result = await store.ListAsync(new ArticleQuery { Page = page, PageSize = pageSize, Category = request.Query["category"], Text = q }, cancellationToken);
        return TypedResults.Ok(new ArticlePageResource(
            result.Items.Select(ArticleItemResource.From).ToArray(), result.Page, result.PageSize, result.TotalCount, result.TotalPages));
    }

    private static async Task<IResult> GetAsync(string slug, ArticleCatalog catalog, CancellationToken cancellationToken)
    {
        var article = await catalog.GetBySlugAsync(slug, cancellationToken);
        return article is null ? NoSuchArticle(slug) : TypedResults.Ok(ArticleResource.From(article));
    }

    private static async Task<IResult> SummaryAsync(
        string slug, HttpContext context, ArticleCatalog catalog, SummaryService summaries, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        if (!SummarySpec.TryParse(query["length"], query["sentences"], query["words"], query["ratio"], query["method"], out var spec, out var error))
            return Problems.BadRequest(error);
        var article = await catalog.GetBySlugAsync(slug, cancellationToken);
        if (article is null)
            return NoSuchArticle(slug);
        var summary = await summaries.GetAsync(article, spec, cancellationToken);
        // The same content gives the same summary: browsers and proxies may keep it for a while.
        context.Response.Headers.CacheControl = "public, max-age=60";
        context.Response.Headers.ETag = $"\"{article.ContentHash[..16]}-{spec.Method}-{spec.OptionsKey}\"";
        return TypedResults.Text(summary.Json, "application/json; charset=utf-8");
    }

    private static async Task<IResult> PublishAsync(
        HttpRequest request, JsonBody body, IArticleStore store, ArticleCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (publish, error) = await body.ReadAsync<PublishRequest>(request, cancellationToken);
        if (error is not null)
            return error;
        var prepared = ArticlePublisher.Prepare(publish!, clock.GetUtcNow());
        if (prepared.Draft is null)
            return Problems.Of(prepared.Status, prepared.Error!);
        var article = await store.AddAsync(prepared.Draft, cancellationToken);
        catalog.Evict(article.Slug);
        return TypedResults.Created(Links.Article(article.Slug), ArticleResource.From(article));
    }

    private static IResult NoSuchArticle(string slug) => Problems.NotFound($"no article has the slug '{slug}'");
}
