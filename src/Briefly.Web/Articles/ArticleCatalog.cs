using Briefly.Ingest.Html;
using Briefly.Storage;
using Briefly.Summarization.Analysis;
using Microsoft.Extensions.Caching.Memory;

namespace Briefly.Web.Articles;

/// <summary>
/// Reads articles and their neighbours for pages and the API through a short-lived memory cache: a hot article
/// is read from the store a few times a minute, not once per request. Writes through this process evict at once
/// (any write drops every cached neighbour pair, since a new article changes its neighbours' links); other
/// instances see a change within <see cref="ArticleLifetime"/>.
/// </summary>
public sealed class ArticleCatalog(IArticleStore store, IMemoryCache memory)
{
    public static readonly TimeSpan ArticleLifetime = TimeSpan.FromSeconds(5);

    // Bumped by every write through this process; a neighbour pair read before the last write is stale.
    private long _writes;

    public async ValueTask<Article?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var key = new SlugKey(slug);
        if (memory.TryGetValue(key, out Article? article))
            return article;
        article = await store.GetBySlugAsync(slug, cancellationToken);
        if (article is not null)
            memory.Set(key, article, new MemoryCacheEntryOptions { Size = 2L * (article.BodyHtml.Length + article.BodyText.Length) + 1024, AbsoluteExpirationRelativeToNow = ArticleLifetime });
        return article;
    }

    /// <summary>The articles before and after <paramref name="article"/> (Previous / Next).</summary>
    public async ValueTask<ArticleNeighbours> GetNeighboursAsync(Article article, CancellationToken cancellationToken = default)
    {
        var key = new NeighboursKey(article.Id);
        var writes = Interlocked.Read(ref _writes);
        if (memory.TryGetValue(key, out CachedNeighbours? cached) && cached is not null && cached.Writes == writes)
            return cached.Neighbours;
        var neighbours = await store.GetNeighboursAsync(article.Id, cancellationToken);
        memory.Set(key, new CachedNeighbours(neighbours, writes), new MemoryCacheEntryOptions { Size = 1024, AbsoluteExpirationRelativeToNow = ArticleLifetime });
        return neighbours;
    }

    /// <summary>After a write of the article at <paramref name="slug"/> through this process.</summary>
    public void Evict(string slug)
    {
        Interlocked.Increment(ref _writes);
        memory.Remove(new SlugKey(slug));
    }

    /// <summary>
    /// The body with every sentence the summarizer can pick wrapped in an anchor, so that a summary sentence
    /// can link to its place, and its images served through the site (<see cref="ArticleImageProxy"/>). Keyed by
    /// article and its last update, so an edit of the markup alone shows at once.
    /// </summary>
    public string AnnotatedBody(Article article)
    {
        var key = new BodyKey(article.Id, article.Updated);
        if (memory.TryGetValue(key, out string? html) && html is not null)
            return html;
        html = ArticleImages.ThroughSite(Annotate(article), number => Links.ArticleImage(article.Slug, number));
        memory.Set(key, html, new MemoryCacheEntryOptions { Size = 2L * html.Length + 256, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) });
        return html;
    }

    private static string Annotate(Article article)
    {
        // Offsets are into the stored text; a body whose HTML no longer yields that text (edited by hand in the
        // database, say) is shown as it is rather than with anchors in the wrong places.
        if (!string.Equals(ArticleHtml.ToText(article.BodyHtml), article.BodyText, StringComparison.Ordinal))
            return article.BodyHtml;
        var document = DocumentAnalyzer.Analyze(article.BodyText, article.Language, article.Title, withTerms: false);
        var spans = new Briefly.Text.TextSpan[document.Sentences.Count];
        for (var i = 0; i < spans.Length; i++)
            spans[i] = document.Sentences[i].Span;
        return ArticleHtml.AnnotateSentences(article.BodyHtml, spans);
    }

    private readonly record struct SlugKey(string Slug);

    private readonly record struct BodyKey(long Id, DateTimeOffset Updated);

    private readonly record struct NeighboursKey(long Id);

    private sealed record CachedNeighbours(ArticleNeighbours Neighbours, long Writes);
}
