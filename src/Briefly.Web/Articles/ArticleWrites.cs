using Briefly.Ingest.Import;
using Briefly.Storage;
using Briefly.Web.Summaries;

namespace Briefly.Web.Articles;

/// <summary>
/// A publisher's writes and what follows each one: the lead image copied, the cached copies dropped on every node,
/// the list summary asked for. The API parses and answers; this does the work.
/// </summary>
public sealed class ArticleWrites(IArticleStore store, ArticleCatalog catalog, ListSummaries lists, LeadImages images)
{
    public async Task<Article> AddAsync(ArticleDraft draft, CancellationToken cancellationToken = default) =>
        await SettleAsync(await store.AddAsync(draft, cancellationToken), cancellationToken);

    /// <summary>Replaces the article's content; null when it is gone (deleted meanwhile).</summary>
    public async Task<Article?> ReplaceAsync(long id, ArticleDraft draft, CancellationToken cancellationToken = default) =>
        await store.UpdateAsync(id, draft, cancellationToken) is { } article ? await SettleAsync(article, cancellationToken) : null;

    /// <summary>Deletes the article; false when it was already gone.</summary>
    public async Task<bool> DeleteAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!await store.DeleteAsync(article.Id, cancellationToken))
            return false;
        await catalog.EvictAsync(article.Slug);
        return true;
    }

    private async Task<Article> SettleAsync(Article article, CancellationToken cancellationToken)
    {
        if (await images.KeepAsync(article, cancellationToken))
            article = article with { HasImage = true };
        await catalog.EvictAsync(article.Slug);
        lists.Request(article.Slug);
        return article;
    }
}
