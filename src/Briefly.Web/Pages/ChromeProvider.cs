using Briefly.Storage;
using Briefly.Web.Site;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Pages;

/// <summary>The header's section list, read from the store at most every few seconds.</summary>
public sealed class ChromeProvider(IArticleStore store, IMemoryCache memory, IOptions<SiteOptions> options)
{
    private static readonly object Key = new();

    public async ValueTask<SiteChrome> GetAsync(string? category = null, string? query = null, CancellationToken cancellationToken = default)
    {
        if (!memory.TryGetValue(Key, out IReadOnlyList<CategoryCount>? categories) || categories is null)
        {
            categories = await store.ListCategoriesAsync(cancellationToken);
            memory.Set(Key, categories, new MemoryCacheEntryOptions { Size = 1024, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(10) });
        }
        return new SiteChrome(options.Value.SiteName, categories, category, query);
    }
}
