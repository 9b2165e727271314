using System.Buffers;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Briefly.Storage;
using Briefly.Summarization;
using Microsoft.Extensions.Caching.Hybrid;

namespace Briefly.Web.Summaries;

/// <summary>
/// Article summaries, computed once per (content, length, method, engine) and then served from the shared cache
/// (this node's memory, then Redis when configured) or the store, which keeps them across restarts. The key holds
/// the content hash, so a changed article is simply a new key: nothing needs evicting.
/// </summary>
public sealed partial class SummaryService(IArticleStore store, HybridCache cache, ISummarizerCatalog catalog, ILogger<SummaryService> logger)
{
    private static readonly HybridCacheEntryOptions SummaryEntry = new() { LocalCacheExpiration = TimeSpan.FromHours(1), Expiration = TimeSpan.FromDays(7) };

    public async ValueTask<CachedSummary> GetAsync(Article article, SummarySpec spec, CancellationToken cancellationToken = default)
    {
        if (!spec.IsKept)
            return CachedSummary.Of(await ComputeAsync(article.BodyText, spec, article.Language, article.Title, cancellationToken));

        var key = new SummaryCacheKey(article.ContentHash, spec.OptionsKey, spec.Method, VersionOf(spec));
        return await KeepAsync(
            $"summary:{key.ContentHash}:{key.Options}:{key.Method}:{key.EngineVersion}",
            (Service: this, Article: article, Spec: spec, Key: key),
            static (s, ct) => new ValueTask<CachedSummary>(s.Service.LoadAsync(s.Article, s.Spec, s.Key, ct)),
            cancellationToken);
    }

    /// <summary>
    /// Summarizes any text with the spec's method, which parsing checked against the catalog. A remote method's
    /// summary (a model billed per request) is kept in the cache by a digest of the text, title and language, so the
    /// same text at the same length is written once; a built-in method's costs less than the lookup and is not kept.
    /// </summary>
    public async ValueTask<Summary> SummarizeAsync(string text, SummarySpec spec, string? language, string? title, CancellationToken cancellationToken = default)
    {
        var summarizer = Summarizer(spec);
        if (!summarizer.IsRemote)
            return await ComputeAsync(text, spec, language, title, cancellationToken);
        var kept = await KeepAsync(
            $"summary-text:{ContentHash.Of(title ?? "", text)}:{language}:{spec.OptionsKey}:{spec.Method}:{summarizer.Version}",
            (Service: this, Text: text, Spec: spec, Language: language, Title: title),
            static async (s, ct) => CachedSummary.Of(NotTemporary(await s.Service.ComputeAsync(s.Text, s.Spec, s.Language, s.Title, ct))),
            cancellationToken);
        return kept.Summary;
    }

    // Readers arriving together for a summary nobody has asked for yet share one computation (HybridCache runs one
    // factory per key), and it is not cancelled while any of them still waits. A temporary fallback comes out of the
    // factory as an exception, so that the cache keeps nothing, and is served all the same.
    private async ValueTask<CachedSummary> KeepAsync<TState>(
        string key, TState state, Func<TState, CancellationToken, ValueTask<CachedSummary>> factory, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetOrCreateAsync(key, state, factory, SummaryEntry, cancellationToken: cancellationToken);
        }
        catch (TemporarySummaryException e)
        {
            return CachedSummary.Of(e.Summary);
        }
    }

    private static Summary NotTemporary(Summary summary) => summary.IsTemporary ? throw new TemporarySummaryException(summary) : summary;

    /// <summary>Whether the spec's method waits on another server (<see cref="ISummarizer.IsRemote"/>).</summary>
    public bool IsRemote(SummarySpec spec) => Summarizer(spec).IsRemote;

    /// <summary>What the spec's summaries depend on besides the article and the length (<see cref="ISummarizer.Version"/>).</summary>
    public string VersionOf(SummarySpec spec) => Summarizer(spec).Version;

    /// <summary>
    /// <see cref="VersionOf"/> as 12 hex digits, fit for an ETag whatever a model's name holds; computed once per
    /// method, as it is asked for on every summary request.
    /// </summary>
    public string VersionTagOf(SummarySpec spec) =>
        _versionTags.GetOrAdd(VersionOf(spec), static v => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(v)))[..12]);

    private readonly ConcurrentDictionary<string, string> _versionTags = new(StringComparer.Ordinal);

    private async Task<CachedSummary> LoadAsync(Article article, SummarySpec spec, SummaryCacheKey key, CancellationToken cancellationToken)
    {
        var json = await store.GetSummaryAsync(key, cancellationToken);
        if (json is not null)
            return new CachedSummary(SummaryJson.Parse(json), Encoding.UTF8.GetBytes(json));
        var summary = NotTemporary(await ComputeAsync(article.BodyText, spec, article.Language, article.Title, cancellationToken));
        json = SummaryJson.Serialize(summary);
        try
        {
            await store.PutSummaryAsync(key, json, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reader still gets the summary; the next node or restart tries to keep it again.
            CouldNotKeep(logger, e, article.Slug);
        }
        return new CachedSummary(summary, Encoding.UTF8.GetBytes(json));
    }

    private ValueTask<Summary> ComputeAsync(string text, SummarySpec spec, string? language, string? title, CancellationToken cancellationToken) =>
        Summarizer(spec).SummarizeAsync(new SummaryRequest(text, new SummaryOptions { Length = spec.Length, Language = language, Title = title }), cancellationToken);

    private ISummarizer Summarizer(SummarySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return catalog.TryGet(spec.Method, out var summarizer, out var error) ? summarizer : throw new ArgumentException(error, nameof(spec));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the summary of {Slug}")]
    private static partial void CouldNotKeep(ILogger logger, Exception exception, string slug);
}

/// <summary>
/// A summary and its JSON as UTF-8 bytes, so the API answers without serializing or encoding. Immutable, so the
/// cache hands out the same instance on every local hit instead of a copy.
/// </summary>
[ImmutableObject(true)]
public sealed record CachedSummary(Summary Summary, byte[] Utf8)
{
    /// <summary>Approximate bytes held, for the memory cache's size limit.</summary>
    public long Weight => Utf8.Length + Summary.Sentences.Sum(s => (s.Text.Length * 2L) + 64) + 256;

    public static CachedSummary Of(Summary summary) => new(summary, Encoding.UTF8.GetBytes(SummaryJson.Serialize(summary)));
}

/// <summary>A cached summary in the shared cache is its JSON, the same bytes the API sends.</summary>
public sealed class CachedSummarySerializer : IHybridCacheSerializer<CachedSummary>
{
    public CachedSummary Deserialize(ReadOnlySequence<byte> source)
    {
        var bytes = source.ToArray();
        return new CachedSummary(SummaryJson.Parse(Encoding.UTF8.GetString(bytes)), bytes);
    }

    public void Serialize(CachedSummary value, IBufferWriter<byte> target)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(target);
        target.Write(value.Utf8);
    }
}
