using Briefly.Ingest.Html;
using Briefly.Storage;
using Briefly.Summarization.Analysis;
using Briefly.Text;
using Briefly.Web.Cluster;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;

namespace Briefly.Web.Articles;

/// <summary>
/// Reads articles and their neighbours for pages and the API through the shared cache: this node's memory for
/// <see cref="LocalLifetime"/>, then Redis (when configured, see <see cref="Cluster.ClusterServices"/>) for
/// <see cref="SharedLifetime"/>, then the store. A write through any node drops the article on every node at once
/// (<see cref="Cluster.IArticleEvictions"/>), and with it every cached neighbour pair, since a new article changes
/// its neighbours' links; a write that bypasses the site (a command on the same database) shows within the lifetimes.
/// </summary>
public sealed class ArticleCatalog
{
    public static readonly TimeSpan LocalLifetime = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan SharedLifetime = TimeSpan.FromMinutes(1);

    private static readonly HybridCacheEntryOptions ArticleEntry = new() { LocalCacheExpiration = LocalLifetime, Expiration = SharedLifetime };

    private readonly IArticleStore _store;
    private readonly IMemoryCache _memory;
    private readonly HybridCache _cache;
    private readonly IArticleEvictions _evictions;
    private readonly ILogger<ArticleCatalog> _logger;

    // Bumped by every eviction; a neighbour pair read before the last one is stale.
    private long _writes;

    public ArticleCatalog(IArticleStore store, IMemoryCache memory, HybridCache cache, IArticleEvictions evictions, ILogger<ArticleCatalog> logger)
    {
        (_store, _memory, _cache, _evictions, _logger) = (store, memory, cache, evictions, logger);
        evictions.Subscribe(slug => _ = DropAsync(slug));
    }

    public async ValueTask<Article?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var key = Key(slug);
        var article = await _cache.GetOrCreateAsync(key, (_store, slug), static (s, ct) => new ValueTask<Article?>(s._store.GetBySlugAsync(s.slug, ct)),
            ArticleEntry, cancellationToken: cancellationToken);
        // Unknown addresses are not remembered: anyone can ask for any number of them.
        if (article is null)
            await RemoveAsync(key);
        return article;
    }

    /// <summary>After a write of the article at <paramref name="slug"/> through this node: dropped on every node.</summary>
    public async Task EvictAsync(string slug)
    {
        await DropAsync(slug);
        await _evictions.PublishAsync(slug);
    }

    private async Task DropAsync(string slug)
    {
        Interlocked.Increment(ref _writes);
        await RemoveAsync(Key(slug));
    }

    // This node's copy goes first; a shared cache that is away keeps its copy until the copy's lifetime ends, which
    // must not fail the write that asked for the removal.
    private async Task RemoveAsync(string key)
    {
        try
        {
            await _cache.RemoveAsync(key);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "the shared cache did not drop {Key}; it expires within {Lifetime}", key, SharedLifetime);
        }
    }

    private static string Key(string slug) => "article:" + slug;

    /// <summary>The articles before and after <paramref name="article"/> (Previous / Next).</summary>
    public async ValueTask<ArticleNeighbours> GetNeighboursAsync(Article article, CancellationToken cancellationToken = default)
    {
        var key = new NeighboursKey(article.Id);
        var writes = Interlocked.Read(ref _writes);
        if (_memory.TryGetValue(key, out CachedNeighbours? cached) && cached is not null && cached.Writes == writes)
            return cached.Neighbours;
        var neighbours = await _store.GetNeighboursAsync(article.Id, cancellationToken);
        _memory.Set(key, new CachedNeighbours(neighbours, writes), new MemoryCacheEntryOptions { Size = 1024, AbsoluteExpirationRelativeToNow = LocalLifetime });
        return neighbours;
    }

    /// <summary>
    /// The body with every sentence the summarizer can pick wrapped in an anchor, so that a summary sentence
    /// can link to its place, and its images served through the site (<see cref="ArticleImageProxy"/>); and those
    /// sentences' spans in the text. Keyed by article and its last update, so an edit of the markup alone shows at once.
    /// </summary>
    public ArticleBody Body(Article article)
    {
        var key = new BodyKey(article.Id, article.Updated);
        if (_memory.TryGetValue(key, out ArticleBody? body) && body is not null)
            return body;
        var spans = Sentences(article);
        var images = 0;
        var html = ArticleImages.ThroughSite(Annotate(article, spans), number =>
        {
            images = number + 1;
            return Links.ArticleImage(article.Slug, number);
        });
        body = new ArticleBody(html, spans, images);
        _memory.Set(key, body, new MemoryCacheEntryOptions { Size = 2L * html.Length + 8L * spans.Count + 256, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) });
        return body;
    }

    /// <summary>
    /// The spans of the sentences a summary can pick: what the page anchors and a search result quotes, which needs
    /// nothing else of the body. Kept as the body is.
    /// </summary>
    public IReadOnlyList<TextSpan> Sentences(Article article)
    {
        var key = new SentencesKey(article.Id, article.Updated);
        if (_memory.TryGetValue(key, out TextSpan[]? spans) && spans is not null)
            return spans;
        var document = DocumentAnalyzer.Analyze(article.BodyText, article.Language, article.Title, withTerms: false);
        spans = [.. document.Sentences.Select(s => s.Span)];
        _memory.Set(key, spans, new MemoryCacheEntryOptions { Size = (8L * spans.Length) + 64, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) });
        return spans;
    }

    private static string Annotate(Article article, IReadOnlyList<TextSpan> sentences) =>
        // Offsets are into the stored text; a body whose HTML no longer yields that text (edited by hand in the
        // database, say) is shown as it is rather than with anchors in the wrong places.
        string.Equals(ArticleHtml.ToText(article.BodyHtml), article.BodyText, StringComparison.Ordinal)
            ? ArticleHtml.AnnotateSentences(article.BodyHtml, sentences)
            : article.BodyHtml;

    private readonly record struct BodyKey(long Id, DateTimeOffset Updated);

    private readonly record struct SentencesKey(long Id, DateTimeOffset Updated);

    private readonly record struct NeighboursKey(long Id);

    private sealed record CachedNeighbours(ArticleNeighbours Neighbours, long Writes);
}

/// <summary>An article's body as its page shows it, the spans of the sentences a summary can pick, and how many images it holds.</summary>
public sealed record ArticleBody(string Html, IReadOnlyList<TextSpan> Sentences, int Images)
{
    /// <summary>One or two sentences are their own summary: the page offers none.</summary>
    public bool CanSummarize => Summarizable(Sentences.Count);

    /// <summary>Whether a text of so many summary-worthy sentences gets a summary control (lists ask it too).</summary>
    public static bool Summarizable(int sentences) => sentences > 2;
}
