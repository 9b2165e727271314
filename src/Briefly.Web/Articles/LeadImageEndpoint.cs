using Briefly.Storage;
using Briefly.Web.Api;
using Microsoft.Extensions.Caching.Memory;

namespace Briefly.Web.Articles;

/// <summary>
/// `/articles/{slug}/image`: the copy of an article's lead image the store keeps (fetched once when the article was
/// imported), served from the site's own address. Kept in memory for a while, as many pages show it.
/// </summary>
public static class LeadImageEndpoint
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapRead("/articles/{slug}/image", ImageAsync).ExcludeFromDescription();

    private static async Task<IResult> ImageAsync(
        string slug, ArticleCatalog catalog, IArticleStore store, IMemoryCache memory, HttpContext context, CancellationToken cancellationToken)
    {
        var article = await catalog.GetBySlugAsync(slug, cancellationToken);
        if (article is null || !article.HasImage)
            return Problems.NotFound($"no article with a lead image has the slug '{slug}'");
        var key = new ImageKey(article.Id, article.Updated);
        if (!memory.TryGetValue(key, out StoredImage? image) || image is null)
        {
            image = await store.GetImageAsync(article.Id, cancellationToken);
            if (image is null)
                return Problems.NotFound($"the article '{slug}' has no lead image");
            ArticleImageProxy.Keep(memory, key, image, KeepFor);
        }
        return ArticleImageProxy.Serve(context, image);
    }

    private readonly record struct ImageKey(long Id, DateTimeOffset Updated);
}
