using System.Globalization;
using Briefly.Ingest.Publishing;
using Briefly.Storage;
using Briefly.Summarization;
using Briefly.Web.Articles;
using Briefly.Web.Site;
using Briefly.Web.Summaries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Api;

/// <summary>`/api/articles`: list, read, summarize, publish, replace and delete articles.</summary>
public static class ArticlesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapRead("/", ListAsync)
            .WithSummary("Latest articles, newest first, optionally filtered by category and full-text query")
            .Produces<ArticlePageResource>()
            .ProducesProblem(400);
        group.MapRead("/{slug}", GetAsync)
            .WithSummary("One article with its sanitized HTML body and plain text")
            .Produces<ArticleResource>()
            .ProducesProblem(404);
        group.MapRead("/{slug}/summary", SummaryAsync)
            .WithSummary("The article's summary (cached), in the same JSON as `briefly summarize --format json`")
            .Produces<SummaryResource>()
            .ProducesProblem(400)
            .ProducesProblem(404);
        group.MapPost("/", PublishAsync)
            .WithSummary("Publish an article (requires X-Api-Key)")
            .Produces<ArticleResource>(201)
            .AcceptsJson<PublishRequest>()
            .RequiresApiKey();
        group.MapPut("/{slug}", ReplaceAsync)
            .WithSummary("Replace an article's content (requires X-Api-Key); its address stays, its cached summaries go")
            .Produces<ArticleResource>()
            .ProducesProblem(404)
            .ProducesProblem(410)
            .AcceptsJson<PublishRequest>()
            .RequiresApiKey();
        group.MapDelete("/{slug}", DeleteAsync)
            .WithSummary("Delete an article (requires X-Api-Key); its address then answers 410 Gone")
            .Produces(204)
            .ProducesProblem(404)
            .ProducesProblem(410)
            .RequiresApiKey();
    }

    // Query values arrive as strings so that a malformed one is our 400 with a clear detail, not the binder's.
    private static async Task<IResult> ListAsync(
        IArticleStore store,
        IOptions<SiteOptions> options,
        [FromQuery] string? page,
        [FromQuery] string? pageSize,
        [FromQuery] string? category,
        [FromQuery] string? q,
        CancellationToken cancellationToken)
    {
        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
            return Problems.BadRequest("page must be a whole number from 1");
        var size = options.Value.PageSize;
        if (pageSize is not null
            && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > ArticleQuery.MaxPageSize))
            return Problems.BadRequest($"pageSize must be a whole number from 1 to {ArticleQuery.MaxPageSize}");
        if (q is { Length: > 500 } || category is { Length: > 200 })
            return Problems.BadRequest("q is limited to 500 characters and category to 200");
        var result = await store.ListAsync(new ArticleQuery { Page = number, PageSize = size, Category = category, Text = q }, cancellationToken);
        return TypedResults.Ok(new ArticlePageResource(
            result.Items.Select(ArticleItemResource.From).ToArray(), result.Page, result.PageSize, result.TotalCount, result.TotalPages));
    }

    private static async Task<IResult> GetAsync(string slug, ArticleCatalog catalog, IArticleStore store, CancellationToken cancellationToken)
    {
        var article = await catalog.GetBySlugAsync(slug, cancellationToken);
        return article is null ? await NoSuchArticleAsync(store, slug, cancellationToken) : TypedResults.Ok(ArticleResource.From(article));
    }

    private static async Task<IResult> SummaryAsync(
        string slug,
        HttpContext context,
        ArticleCatalog catalog,
        IArticleStore store,
        SummaryService summaries,
        ISummarizerCatalog methods,
        [FromQuery] string? length,
        [FromQuery] string? sentences,
        [FromQuery] string? words,
        [FromQuery] string? ratio,
        [FromQuery] string? method,
        CancellationToken cancellationToken)
    {
        if (!SummarySpec.TryParseForArticle(length, sentences, words, ratio, method, methods, out var spec, out var error))
            return Problems.BadRequest(error);
        var article = await catalog.GetBySlugAsync(slug, cancellationToken);
        if (article is null)
            return await NoSuchArticleAsync(store, slug, cancellationToken);
        // The same content, options and method version always give the same summary: a browser that has it keeps it.
        var etag = $"\"{article.ContentHash[..16]}-{summaries.VersionTagOf(spec)}-{spec.Method}-{spec.OptionsKey}\"";
        var headers = context.Response.Headers;
        void Cacheable()
        {
            headers.CacheControl = "public, max-age=60";
            headers.ETag = etag;
        }
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            // Only a kept summary was ever sent with this tag.
            Cacheable();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var summary = await summaries.GetAsync(article, spec, cancellationToken);
        if (summary.Summary.IsTemporary)
        {
            // Served because the model could not answer now: the next request asks again.
            headers.CacheControl = "no-store";
        }
        else
        {
            Cacheable();
        }
        return TypedResults.Bytes(summary.Utf8, "application/json; charset=utf-8");
    }

    private static async Task<IResult> PublishAsync(
        HttpRequest request, JsonBody body, ArticleWrites writes, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (draft, error) = await ReadDraftAsync(request, body, clock, cancellationToken);
        if (draft is null)
            return error!;
        var article = await writes.AddAsync(draft, cancellationToken);
        return TypedResults.Created(Links.Article(article.Slug), ArticleResource.From(article));
    }

    private static async Task<IResult> ReplaceAsync(
        string slug, HttpRequest request, JsonBody body, IArticleStore store, ArticleWrites writes, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = await store.GetBySlugAsync(slug, cancellationToken);
        if (current is null)
            return await NoSuchArticleAsync(store, slug, cancellationToken);
        var (draft, error) = await ReadDraftAsync(request, body, clock, cancellationToken);
        if (draft is null)
            return error!;
        var article = await writes.ReplaceAsync(current.Id, draft, cancellationToken);
        return article is null
            ? await NoSuchArticleAsync(store, slug, cancellationToken) // deleted while the body was read
            : TypedResults.Ok(ArticleResource.From(article));
    }

    private static async Task<IResult> DeleteAsync(string slug, IArticleStore store, ArticleWrites writes, CancellationToken cancellationToken)
    {
        var current = await store.GetBySlugAsync(slug, cancellationToken);
        if (current is null || !await writes.DeleteAsync(current, cancellationToken))
            return await NoSuchArticleAsync(store, slug, cancellationToken);
        return TypedResults.NoContent();
    }

    // The body of a publish or a replace, checked and made a draft; or the problem to answer.
    private static async Task<(ArticleDraft? Draft, IResult? Error)> ReadDraftAsync(
        HttpRequest request, JsonBody body, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (publish, error) = await body.ReadAsync<PublishRequest>(request, cancellationToken);
        if (error is not null)
            return (null, error);
        var prepared = ArticlePublisher.Prepare(publish!, clock.GetUtcNow());
        return prepared.Draft is null ? (null, Problems.Of(prepared.Status, prepared.Error!)) : (prepared.Draft, null);
    }

    private static async Task<IResult> NoSuchArticleAsync(IArticleStore store, string slug, CancellationToken cancellationToken) =>
        await store.WasDeletedAsync(slug, cancellationToken)
            ? Problems.Of(StatusCodes.Status410Gone, $"the article '{slug}' was deleted")
            : Problems.NotFound($"no article has the slug '{slug}'");
}
