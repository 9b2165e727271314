using Briefly.Storage;
using Briefly.Web.Site;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Pages;

/// <summary>The header's section list, and the latest articles dead-end pages offer, read from the store at most every few seconds.</summary>
public sealed class ChromeProvider(IArticleStore store, IMemoryCache memory, IOptions<SiteOptions> options)
{
    private static readonly object Key = new();
    private static readonly object LatestKey = new();
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public async ValueTask<SiteChrome> GetAsync(string? category = null, string? query = null, CancellationToken cancellationToken = default)
    {
        if (!memory.TryGetValue(Key, out IReadOnlyList<CategoryCount>? categories) || categories is null)
        {
            categories = await store.ListCategoriesAsync(cancellationToken);
            memory.Set(Key, categories, new MemoryCacheEntryOptions { Size = 1024, AbsoluteExpirationRelativeToNow = Lifetime });
        }
        return new SiteChrome(options.Value.SiteName, categories, category, query);
    }

    /// <summary>The five newest articles: anyone can ask for any number of missing pages, and each offers these.</summary>
    public async ValueTask<IReadOnlyList<ArticleListItem>> GetLatestAsync(CancellationToken cancellationToken = default)
    {
        if (!memory.TryGetValue(LatestKey, out IReadOnlyList<ArticleListItem>? latest) || latest is null)
        {
            latest = (await store.ListAsync(new ArticleQuery { PageSize = 5 }, cancellationToken)).Items;
            memory.Set(LatestKey, latest, new MemoryCacheEntryOptions { Size = 4096, AbsoluteExpirationRelativeToNow = Lifetime });
        }
        return latest;
    }
}
