using System.Collections.Concurrent;
using System.Text;
using Briefly.Storage;
using Briefly.Summarization;
using Microsoft.Extensions.Caching.Memory;

namespace Briefly.Web.Summaries;

/// <summary>
/// Article summaries, computed once per (content, length, method, engine) and then served from memory or the store.
/// Memory is a per-process layer in front of the store's cache, which survives restarts and is shared by instances.
/// </summary>
public sealed partial class SummaryService(IArticleStore store, IMemoryCache memory, ILogger<SummaryService> logger)
{
    // Readers arriving together for a summary nobody has asked for yet share one computation and one store write.
    private readonly ConcurrentDictionary<SummaryCacheKey, Lazy<Task<CachedSummary>>> _inFlight = new();

    public async ValueTask<CachedSummary> GetAsync(Article article, SummarySpec spec, CancellationToken cancellationToken = default)
    {
        if (!spec.IsKept)
            return CachedSummary.Of(Summarize(article.BodyText, spec, article.Language, article.Title));

        var key = new SummaryCacheKey(article.ContentHash, spec.OptionsKey, spec.Method, Summarizers.EngineVersion);
        if (memory.TryGetValue(key, out CachedSummary? cached) && cached is not null)
            return cached;

        var flight = _inFlight.GetOrAdd(key, k => new Lazy<Task<CachedSummary>>(() => LoadAsync(article, spec, k)));
        try
        {
            return await flight.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<SummaryCacheKey, Lazy<Task<CachedSummary>>>(key, flight));
        }
    }

    // Not cancelled by the first reader's request: the others may still be waiting for the result.
    private async Task<CachedSummary> LoadAsync(Article article, SummarySpec spec, SummaryCacheKey key)
    {
        CachedSummary cached;
        var json = await store.GetSummaryAsync(key, CancellationToken.None);
        if (json is not null)
        {
            cached = new CachedSummary(SummaryJson.Parse(json), Encoding.UTF8.GetBytes(json));
        }
        else
        {
            var summary = Summarize(article.BodyText, spec, article.Language, article.Title);
            json = SummaryJson.Serialize(summary);
            cached = new CachedSummary(summary, Encoding.UTF8.GetBytes(json));
            try
            {
                await store.PutSummaryAsync(key, json, CancellationToken.None);
            }
            catch (Exception e)
            {
                // The reader still gets the summary; the next request tries to keep it again.
                CouldNotKeep(logger, e, article.Slug);
            }
        }
        memory.Set(key, cached, new MemoryCacheEntryOptions { Size = cached.Weight });
        return cached;
    }

    // The spec's method was validated when it was parsed.
    public static Summary Summarize(string text, SummarySpec spec, string? language, string? title) =>
        (Summarizers.TryGet(spec.Method, out var summarizer) ? summarizer : throw new ArgumentException($"unknown method '{spec.Method}'", nameof(spec)))
            .Summarize(text, new SummaryOptions { Length = spec.Length, Language = language, Title = title });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the summary of {Slug}")]
    private static partial void CouldNotKeep(ILogger logger, Exception exception, string slug);
}

/// <summary>A summary and its JSON as UTF-8 bytes, so the API answers without serializing or encoding.</summary>
public sealed record CachedSummary(Summary Summary, byte[] Utf8)
{
    /// <summary>Approximate bytes held, for the memory cache's size limit.</summary>
    public long Weight => Utf8.Length + Summary.Sentences.Sum(s => (s.Text.Length * 2L) + 64) + 256;

    public static CachedSummary Of(Summary summary) => new(summary, Encoding.UTF8.GetBytes(SummaryJson.Serialize(summary)));
}
