using System.ClientModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Briefly.Summarization.Analysis;
using Briefly.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefly.Summarization.Llm;

/// <summary>
/// The <c>llm</c> method: a model writes the summary in the article's language at the requested length, and every
/// sentence it writes must pass the <see cref="Faithfulness.FaithfulnessGuard"/>. Whenever the written summary
/// cannot be served (a sentence the article does not support leaves too few, the endpoint is slow, failing or
/// asked to wait, the day's tokens are spent) the reader gets the extractive default at once, marked with why.
/// </summary>
public sealed partial class LlmSummarizer : ISummarizer, IDisposable
{
    public const string MethodName = "llm";

    public const string About = "a summary written by a language model (OpenAI-compatible endpoint), every sentence checked against the article";

    private static readonly HybridCacheEntryOptions Kept = new() { LocalCacheExpiration = TimeSpan.FromHours(1), Expiration = TimeSpan.FromDays(7) };

    private readonly IChatClient _chat;
    private readonly LlmOptions _options;
    private readonly SummaryPrompt _prompt;
    private readonly HybridCache? _cache;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate;
    private readonly EndpointPause _pause;

    /// <param name="chat">The model's client (<see cref="LlmServices.ChatClient"/> for an OpenAI-compatible endpoint).</param>
    /// <param name="options">The operator's settings.</param>
    /// <param name="clock">Today, for the token budget, and now, for <c>Retry-After</c>.</param>
    /// <param name="cache">Where written summaries are kept by (text, model, prompt version, length); none keeps nothing.</param>
    /// <param name="logger">Why a fallback was served.</param>
    /// <param name="prompt">The instructions; the shipped ones unless a test gives others.</param>
    public LlmSummarizer(IChatClient chat, LlmOptions options, TimeProvider? clock = null, HybridCache? cache = null, ILogger<LlmSummarizer>? logger = null, SummaryPrompt? prompt = null)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(options);
        clock ??= TimeProvider.System;
        _chat = chat;
        _options = options;
        _prompt = prompt ?? SummaryPrompt.Shipped;
        _cache = cache;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _gate = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        _pause = new EndpointPause(clock);
        Budget = new TokenBudget(options.DailyTokenBudget, clock);
    }

    public string Name => MethodName;

    public string Description => About;

    public string Version => $"{_options.Model}/prompt-{_prompt.Version}";

    /// <summary>Today's tokens (<see cref="LlmOptions.DailyTokenBudget"/>).</summary>
    public TokenBudget Budget { get; }

    public async ValueTask<Summary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = DocumentAnalyzer.Analyze(request.Text, request.Options.Language, request.Options.Title);
        // The extractive summary at the requested length says how many sentences to ask for (whatever unit the
        // reader chose), and is what the reader gets whenever the written one cannot be served.
        var extractive = Summarizers.Default.Summarize(document, request.Options.Length);
        if (extractive.Sentences.Count == 0)
            return extractive with { Method = Name, Model = _options.Model };
        if (_cache is null)
            return await WriteAsync(document, extractive, request.Options.Title, cancellationToken);
        try
        {
            var json = await _cache.GetOrCreateAsync(
                CacheKey(request, document.Language),
                (Summarizer: this, Document: document, Extractive: extractive, request.Options.Title),
                static async (s, ct) =>
                {
                    var summary = await s.Summarizer.WriteAsync(s.Document, s.Extractive, s.Title, ct);
                    // Thrown so that the cache keeps nothing: the next reader asks the model again.
                    return summary.IsTemporary ? throw new TemporarySummaryException(summary) : SummaryJson.Serialize(summary);
                },
                Kept,
                cancellationToken: cancellationToken);
            return SummaryJson.Parse(json);
        }
        catch (TemporarySummaryException e)
        {
            return e.Summary;
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<Summary> WriteAsync(Document document, Summary extractive, string? title, CancellationToken cancellationToken)
    {
        if (_pause.IsPaused)
            return Fallback(extractive, "unavailable");
        var wanted = extractive.Sentences.Count;
        var messages = _prompt.Messages(Excerpt(document), title, document.Language, wanted);
        var chatOptions = new ChatOptions { Temperature = 0, MaxOutputTokens = (100 * wanted) + 300 };
        // About three characters a token for the prompt, and the whole allowance for the answer.
        var reserved = (messages.Sum(m => (long)m.Text.Length) / 3) + chatOptions.MaxOutputTokens.Value;
        if (!Budget.TryReserve(reserved))
            return Fallback(extractive, "budget");

        string answer;
        long? used;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        try
        {
            await _gate.WaitAsync(deadline.Token);
            try
            {
                (answer, used) = await AskAsync(messages, chatOptions, deadline.Token);
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            TimedOut(_logger, _options.Timeout.TotalSeconds);
            return Fallback(extractive, "timeout");
        }
        catch (ClientResultException e)
        {
            if (e.Status is 429 or 503 && e.GetRawResponse() is { } response && response.Headers.TryGetValue("Retry-After", out var after))
                _pause.Honour(after);
            Budget.Settle(reserved, 0);
            Refused(_logger, e.Status, e.Message);
            return Fallback(extractive, "unavailable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A connection refused, an answer that is not the protocol's JSON: the endpoint cannot be used now.
            Failed(_logger, e);
            return Fallback(extractive, "unavailable");
        }
        Budget.Settle(reserved, used);

        var written = WrittenAnswer.Check(answer, document.Text, document.Language, wanted, out var dropped);
        if (written is null)
        {
            Unsupported(_logger, dropped, wanted);
            return Fallback(extractive, "unsupported");
        }
        return new Summary(document.Language, Name, [.. written.Select(s => s with { Sources = AsDocumentSentences(document, s.Sources!) })],
            extractive.SourceSentences, extractive.SourceWords, _options.Model);
    }

    // Sources as the spans of the sentences every method picks from (and a page anchors), where they overlap one.
    private static List<TextSpan> AsDocumentSentences(Document document, IReadOnlyList<TextSpan> sources)
    {
        var spans = new List<TextSpan>(sources.Count);
        foreach (var source in sources)
        {
            var before = spans.Count;
            foreach (var sentence in document.Sentences)
            {
                if (sentence.Span.Start < source.Start + source.Length && source.Start < sentence.Span.Start + sentence.Span.Length && !spans.Contains(sentence.Span))
                    spans.Add(sentence.Span);
            }
            if (spans.Count == before && !spans.Contains(source))
                spans.Add(source);
        }
        return spans;
    }

    private async Task<(string Answer, long? Tokens)> AskAsync(IList<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        if (!_options.Stream)
        {
            var response = await _chat.GetResponseAsync(messages, options, cancellationToken);
            return (response.Text, response.Usage?.TotalTokenCount);
        }
        var text = new StringBuilder();
        long? tokens = null;
        await foreach (var update in _chat.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            text.Append(update.Text);
            foreach (var content in update.Contents)
            {
                if (content is UsageContent usage)
                    tokens = usage.Details.TotalTokenCount ?? tokens;
            }
        }
        return (text.ToString(), tokens);
    }

    // The whole article when it fits the model's input budget; otherwise its most important sentences (the
    // extractive ranker's choice) in article order, a paragraph break wherever sentences were left out.
    private string Excerpt(Document document)
    {
        if (document.SourceWords <= _options.MaxInputWords)
            return document.Text;
        var chosen = Summarizers.Default.Summarize(document, SummaryLength.Words(_options.MaxInputWords)).Sentences;
        var excerpt = new StringBuilder();
        for (var k = 0; k < chosen.Count; k++)
        {
            if (k > 0)
                excerpt.Append(chosen[k].Index == chosen[k - 1].Index + 1 ? " " : "\n\n");
            excerpt.Append(chosen[k].Text);
        }
        return excerpt.ToString();
    }

    private string CacheKey(SummaryRequest request, string language)
    {
        var content = SHA256.HashData(Encoding.UTF8.GetBytes($"{language}\n{request.Options.Title}\n{request.Text}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"llm:{Convert.ToHexStringLower(content)}:{_options.Model}:{_prompt.Version}:{request.Options.Length.Unit}={request.Options.Length.Value}");
    }

    private static Summary Fallback(Summary extractive, string reason) => extractive with { Fallback = reason };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model did not answer within {Seconds} s; the extractive summary was served")]
    private static partial void TimedOut(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model's endpoint answered HTTP {Status} ({Message}); the extractive summary was served")]
    private static partial void Refused(ILogger logger, int status, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model's endpoint could not be used; the extractive summary was served")]
    private static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The written summary had fewer than {Wanted} supported sentences (dropped: {Dropped}); the extractive summary was served")]
    private static partial void Unsupported(ILogger logger, IReadOnlyList<string> dropped, int wanted);
}
