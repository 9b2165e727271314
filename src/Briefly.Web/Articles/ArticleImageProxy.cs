using Briefly.Ingest.Fetching;
using Briefly.Ingest.Html;
using Briefly.Storage;
using Briefly.Web.Api;
using Microsoft.Extensions.Caching.Memory;

namespace Briefly.Web.Articles;

/// <summary>
/// `/articles/{slug}/images/{number}`: an article's images, fetched by the site and served from its own address
/// (see <see cref="ArticleImages"/>). Only images an article holds can be asked for, so this is no open proxy;
/// the fetch goes through the same SSRF guard and limits as any other, and only raster image types are passed on.
/// </summary>
public static class ArticleImageProxy
{
    public const long MaxImageBytes = StoredImage.MaxBytes;
    public static readonly TimeSpan CacheFor = TimeSpan.FromHours(1);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapRead("/articles/{slug}/images/{number:int}", ImageAsync).ExcludeFromDescription();

    private static async Task<IResult> ImageAsync(
        string slug, int number, ArticleCatalog catalog, PageFetcher fetcher, IMemoryCache memory, HttpContext context, CancellationToken cancellationToken)
    {
        var article = await catalog.GetBySlugAsync(slug, cancellationToken);
        if (article is null)
            return Problems.NotFound($"no article has the slug '{slug}'");
        var sources = ArticleImages.Sources(article.BodyHtml);
        if (number < 0 || number >= sources.Count)
            return Problems.NotFound($"the article has no image {number}");
        var source = sources[number];
        var key = new ImageKey(source.AbsoluteUri);
        if (!memory.TryGetValue(key, out StoredImage? image) || image is null)
        {
            try
            {
                var fetched = await fetcher.FetchBytesAsync(source, MaxImageBytes, cancellationToken);
                if (!ImageTypes.IsRaster(fetched.ContentType))
                    return Problems.Of(StatusCodes.Status502BadGateway, $"the image's server sent {(fetched.ContentType.Length == 0 ? "no content type" : fetched.ContentType)}, not an image");
                image = new StoredImage(source.AbsoluteUri, fetched.ContentType, fetched.Bytes);
            }
            catch (FetchException e)
            {
                return e.IsRefused ? Problems.NotFound("the image's address is not one the site fetches from") : Problems.Of(StatusCodes.Status502BadGateway, "the image could not be fetched");
            }
            Keep(memory, key, image, CacheFor);
        }
        return Serve(context, image);
    }

    /// <summary>Keeps an image in this node's memory for <paramref name="keepFor"/>, counted by its bytes.</summary>
    internal static void Keep(IMemoryCache memory, object key, StoredImage image, TimeSpan keepFor) =>
        memory.Set(key, image, new MemoryCacheEntryOptions { Size = image.Bytes.Length + 256, AbsoluteExpirationRelativeToNow = keepFor });

    /// <summary>An article's image as the site serves it: browsers may keep it for a day.</summary>
    internal static IResult Serve(HttpContext context, StoredImage image)
    {
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Bytes(image.Bytes, image.ContentType);
    }

    private readonly record struct ImageKey(string Url);
}
