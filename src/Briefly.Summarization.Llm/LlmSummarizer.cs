using System.ClientModel;
using System.Globalization;
using System.Text;
using Briefly.Summarization.Analysis;
using Briefly.Summarization.Faithfulness;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefly.Summarization.Llm;

/// <summary>
/// The <c>llm</c> method: a model writes the summary in the article's language at the requested length (and one
/// sentence more, a spare), and every sentence it writes must pass the <see cref="Faithfulness.FaithfulnessGuard"/>. Whenever the written summary
/// cannot be served (a sentence the article does not support leaves too few, the endpoint is slow, failing or
/// asked to wait, the day's tokens are spent) the reader gets the extractive default at once, marked with why.
/// </summary>
public sealed partial class LlmSummarizer : ISummarizer, IDisposable
{
    public const string MethodName = "llm";

    public const string About = "a summary written by a language model (OpenAI-compatible endpoint), every sentence checked against the article";

    private readonly IChatClient _chat;
    private readonly LlmOptions _options;
    private readonly string _version;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate;
    private readonly EndpointPause _pause;

    /// <param name="chat">The model's client (<see cref="LlmServices.ChatClient"/> for an OpenAI-compatible endpoint).</param>
    /// <param name="options">The operator's settings.</param>
    /// <param name="clock">Today, for the token budget, and now, for <c>Retry-After</c>.</param>
    /// <param name="logger">Why a fallback was served.</param>
    /// <param name="ledger">Where the day's tokens are counted: this process's memory unless the host shares one.</param>
    public LlmSummarizer(IChatClient chat, LlmOptions options, TimeProvider? clock = null, ILogger<LlmSummarizer>? logger = null, ITokenLedger? ledger = null)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(options);
        clock ??= TimeProvider.System;
        _chat = chat;
        _options = options;
        _version = string.Create(CultureInfo.InvariantCulture, $"{options.Model}/prompt-{SummaryPrompt.Shipped.Version}/input-{options.MaxInputWords}/engine-{Summarizers.EngineVersion}");
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _gate = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        _pause = new EndpointPause(clock);
        Budget = new TokenBudget(options.DailyTokenBudget, clock, ledger);
    }

    public string Name => MethodName;

    public string Description => About;

    public bool IsRemote => true;

    /// <summary>
    /// The model, the prompt's version, the input budget (what the model is shown) and the engine's version (the
    /// guard, the sentence spans that sources point at, the extractive fallback).
    /// </summary>
    public string Version => _version;

    /// <summary>Today's tokens (<see cref="LlmOptions.DailyTokenBudget"/>).</summary>
    public TokenBudget Budget { get; }

    public async ValueTask<Summary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = DocumentAnalyzer.Analyze(request.Text, request.Options.Language, request.Options.Title);
        // The extractive summary at the requested length says how many sentences to ask for (whatever unit the
        // reader chose), and is what the reader gets whenever the written one cannot be served. A longer article
        // than the model's input budget is cut to the sentences the same ranking picks for that budget.
        var tooLong = document.SourceWords > _options.MaxInputWords;
        var summaries = tooLong
            ? Summarizers.Default.SummarizeEach(document, request.Options.Length, SummaryLength.Words(_options.MaxInputWords))
            : Summarizers.Default.SummarizeEach(document, request.Options.Length);
        var extractive = summaries[0];
        if (extractive.Sentences.Count == 0)
            return extractive with { Method = Name, Model = _options.Model };
        var excerpt = tooLong ? Excerpt(summaries[1]) : document.Text;
        return await WriteAsync(document, excerpt, extractive, request.Options.Title, cancellationToken);
    }

    public void Dispose() => _gate.Dispose();

    private async Task<Summary> WriteAsync(Document document, string excerpt, Summary extractive, string? title, CancellationToken cancellationToken)
    {
        if (_pause.IsPaused)
            return Fallback(extractive, "unavailable");
        var wanted = extractive.Sentences.Count;
        // One sentence more than the reader gets, most important first: a sentence the guard drops is replaced by
        // the spare instead of costing the reader the written summary (on human reference summaries read as
        // answers, about 73% rather than about half would be served).
        var asked = wanted + 1;
        var messages = SummaryPrompt.Shipped.Messages(excerpt, title, document.Language, asked);
        var chatOptions = new ChatOptions { Temperature = 0, MaxOutputTokens = (100 * asked) + 300 };
        // Two characters a token for the prompt (Cyrillic and other scripts take more tokens than English), and the
        // whole allowance for the answer: an estimate on the high side, replaced by what the endpoint reports.
        var estimate = (messages.Sum(m => (long)m.Text.Length) / 2) + chatOptions.MaxOutputTokens.Value;

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        Answer answer;
        var entered = false;
        try
        {
            await _gate.WaitAsync(deadline.Token);
            entered = true;
            // Asked again in turn: requests queued behind a refusal do not repeat it.
            if (_pause.IsPaused)
                return Fallback(extractive, "unavailable");
            if (await Budget.TryReserveAsync(estimate, deadline.Token) is not { } held)
                return Fallback(extractive, "budget");
            try
            {
                answer = await AskAsync(messages, chatOptions, deadline.Token);
            }
            catch (Exception e) when (e is ClientResultException or HttpRequestException)
            {
                if (e is ClientResultException refused)
                {
                    if (refused.Status is 429 or 503 && refused.GetRawResponse() is { } response && response.Headers.TryGetValue("Retry-After", out var after))
                        _pause.Honour(after);
                    Refused(_logger, refused.Status);
                }
                else
                {
                    Failed(_logger, e);
                }
                await Budget.SettleAsync(held, 0);
                return Fallback(extractive, "unavailable");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An answer that is not the protocol's JSON: the endpoint cannot be used now (and may have counted tokens).
                Failed(_logger, e);
                return Fallback(extractive, "unavailable");
            }
            await Budget.SettleAsync(held, answer.Tokens);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Queued, counting or waiting for the model past the timeout; a reservation made stands (the model may
            // have worked all that time).
            TimedOut(_logger, _options.Timeout.TotalSeconds);
            return Fallback(extractive, "timeout");
        }
        finally
        {
            if (entered)
                _gate.Release();
        }

        // Checked outside the endpoint's slot (it is this process's work, not the endpoint's), against the sentences
        // every method picks from (and a page anchors), so that sources are theirs.
        var guard = new FaithfulnessGuard(document.Text, [.. document.Sentences.Select(s => s.Span)], document.Language);
        var written = WrittenAnswer.Check(answer.Text, guard, document.Language, wanted, out var dropped, out var sentences);
        if (written is not null)
            return new Summary(document.Language, Name, written, extractive.SourceSentences, extractive.SourceWords, _options.Model);
        Unsupported(_logger, dropped, wanted);
        // Nothing to read, or cut off before the length was reached: the endpoint failed this time, not the article.
        return Fallback(extractive, sentences == 0 || (answer.Finish == ChatFinishReason.Length && dropped.Count == 0) ? "unavailable" : "unsupported");
    }

    private async Task<Answer> AskAsync(IList<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        if (!_options.Stream)
        {
            var response = await _chat.GetResponseAsync(messages, options, cancellationToken);
            return new Answer(response.Text, response.Usage?.TotalTokenCount, response.FinishReason);
        }
        var text = new StringBuilder();
        long? tokens = null;
        ChatFinishReason? finish = null;
        await foreach (var update in _chat.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            text.Append(update.Text);
            finish = update.FinishReason ?? finish;
            foreach (var content in update.Contents)
            {
                if (content is UsageContent usage)
                    tokens = usage.Details.TotalTokenCount ?? tokens;
            }
        }
        return new Answer(text.ToString(), tokens, finish);
    }

    private sealed record Answer(string Text, long? Tokens, ChatFinishReason? Finish);

    // The article's most important sentences (the extractive ranker's choice for the input budget) in article order,
    // a paragraph break wherever sentences were left out.
    private static string Excerpt(Summary chosen)
    {
        var excerpt = new StringBuilder();
        var sentences = chosen.Sentences;
        for (var k = 0; k < sentences.Count; k++)
        {
            if (k > 0)
                excerpt.Append(sentences[k].Index == sentences[k - 1].Index + 1 ? " " : "\n\n");
            excerpt.Append(sentences[k].Text);
        }
        return excerpt.ToString();
    }

    private static Summary Fallback(Summary extractive, string reason) => extractive with { Fallback = reason };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model did not answer within {Seconds} s; the extractive summary was served")]
    private static partial void TimedOut(ILogger logger, double seconds);

    // The status only: an error body may echo the request, key and all.
    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model's endpoint answered HTTP {Status}; the extractive summary was served")]
    private static partial void Refused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model's endpoint could not be used; the extractive summary was served")]
    private static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The written summary had fewer than {Wanted} supported sentences (dropped: {Dropped}); the extractive summary was served")]
    private static partial void Unsupported(ILogger logger, IReadOnlyList<string> dropped, int wanted);
}
