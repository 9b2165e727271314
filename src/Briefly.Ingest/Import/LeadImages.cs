using Briefly.Ingest.Fetching;
using Briefly.Storage;

namespace Briefly.Ingest.Import;

/// <summary>
/// Keeps a copy of an article's lead image (<see cref="Article.ImageUrl"/>) in the store, fetched once through the
/// same guard and limits as every fetch, so that the site serves it itself and never links to the original.
/// </summary>
public sealed class LeadImages(IArticleStore store, PageFetcher fetcher)
{
    /// <summary>
    /// Fetches and stores the image when the article names one and has no copy yet. True when a copy is stored now;
    /// false when there is nothing to do or the image cannot be had (not fetchable, not a raster image, too large),
    /// which leaves the article without one.
    /// </summary>
    public async Task<bool> KeepAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.ImageUrl is null || article.HasImage || !Uri.TryCreate(article.ImageUrl, UriKind.Absolute, out var url))
            return false;
        try
        {
            var fetched = await fetcher.FetchBytesAsync(url, StoredImage.MaxBytes, cancellationToken);
            return ImageTypes.IsRaster(fetched.ContentType) && fetched.Bytes.Length > 0
                && await store.PutImageAsync(article.Id, new StoredImage(article.ImageUrl, fetched.ContentType, fetched.Bytes), cancellationToken);
        }
        catch (FetchException)
        {
            return false;
        }
    }
}
