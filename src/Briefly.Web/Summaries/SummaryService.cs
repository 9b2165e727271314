using Briefly.Storage;
using Briefly.Summarization;
using Microsoft.Extensions.Caching.Memory;

namespace Briefly.Web.Summaries;

/// <summary>
/// Article summaries, computed once per (content, length, method, engine) and then served from memory or the store.
/// Memory is a per-process layer in front of the store's cache, which survives restarts and is shared by instances.
/// </summary>
public sealed class SummaryService(IArticleStore store, IMemoryCache memory)
{
    public async ValueTask<CachedSummary> GetAsync(Article article, SummarySpec spec, CancellationToken cancellationToken = default)
    {
        var key = new SummaryCacheKey(article.ContentHash, spec.OptionsKey, spec.Method, Summarizers.EngineVersion);
        if (memory.TryGetValue(key, out CachedSummary? cached) && cached is not null)
            return cached;

        var json = await store.GetSummaryAsync(key, cancellationToken);
        if (json is not null)
        {
            cached = new CachedSummary(SummaryJson.Parse(json), json);
        }
        else
        {
            var summary = Summarize(article.BodyText, spec, article.Language, article.Title);
            cached = new CachedSummary(summary, SummaryJson.Serialize(summary));
            await store.PutSummaryAsync(key, cached.Json, cancellationToken);
        }
        memory.Set(key, cached, new MemoryCacheEntryOptions { Size = cached.Json.Length });
        return cached;
    }

    public static Summary Summarize(string text, SummarySpec spec, string? language, string? title)
    {
        Summarizers.TryGet(spec.Method, out var summarizer);
        return summarizer.Summarize(text, new SummaryOptions { Length = spec.Length, Language = language, Title = title });
    }
}

/// <summary>A summary and its JSON, kept together so the API answers without serializing again.</summary>
public sealed record CachedSummary(Summary Summary, string Json);
