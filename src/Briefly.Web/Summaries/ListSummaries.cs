using System.Threading.Channels;
using Briefly.Storage;
using Briefly.Summarization;
using Briefly.Web.Articles;
using Microsoft.Extensions.Caching.Memory;

namespace Briefly.Web.Summaries;

/// <summary>
/// The Short summaries that lists show in place of an excerpt. A list never waits for the engine: it takes the
/// summaries this node already holds and asks for the others, which this service makes in the background (from
/// the store's cache when another node or an earlier run made them). Publishing, editing and importing ask for
/// them at once, and the newest articles are asked for when the site starts.
/// </summary>
public sealed partial class ListSummaries(
    IArticleStore store, ArticleCatalog catalog, SummaryService summaries, IMemoryCache memory, ILogger<ListSummaries> logger) : BackgroundService
{
    /// <summary>What a list shows: the Short preset, one sentence.</summary>
    public static readonly SummarySpec Spec = new("default", SummarySpec.Presets[0].Length);

    private const int Backlog = 2000;

    private readonly Channel<string> _requests = Channel.CreateBounded<string>(
        new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    // Slugs asked for and not yet made, so a list shown a thousand times queues each article once.
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <summary>The Short summary of this content, if this node has it; otherwise null, and it is made soon.</summary>
    public Summary? Find(ArticleListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (memory.TryGetValue(new Key(item.ContentHash), out CachedSummary? summary) && summary is not null)
            return summary.Summary;
        Request(item.Slug);
        return null;
    }

    /// <summary>Asks for the Short summary of the article at <paramref name="slug"/> to be made in the background.</summary>
    public void Request(string slug)
    {
        lock (_pending)
        {
            if (!_pending.Add(slug))
                return;
        }
        if (!_requests.Writer.TryWrite(slug))
        {
            // The backlog is full: a later list asks again.
            lock (_pending)
                _pending.Remove(slug);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var newest = await store.ListAsync(new ArticleQuery { PageSize = ArticleQuery.MaxPageSize }, stoppingToken);
            foreach (var item in newest.Items)
                Request(item.Slug);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            CouldNotList(logger, e);
        }

        await foreach (var slug in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await MakeAsync(slug, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                CouldNotMake(logger, e, slug);
            }
            finally
            {
                lock (_pending)
                    _pending.Remove(slug);
            }
        }
    }

    private async Task MakeAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await catalog.GetBySlugAsync(slug, cancellationToken);
        if (article is null)
            return;
        var made = await summaries.GetAsync(article, Spec, cancellationToken);
        memory.Set(new Key(article.ContentHash), made, new MemoryCacheEntryOptions
        {
            Size = made.Weight,
            SlidingExpiration = TimeSpan.FromHours(6),
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the newest articles to summarize")]
    private static partial void CouldNotList(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not summarize {Slug} for lists")]
    private static partial void CouldNotMake(ILogger logger, Exception exception, string slug);

    // Keyed by content, so an edited article's list entry waits for its new summary instead of showing the old one.
    private readonly record struct Key(string ContentHash);
}
