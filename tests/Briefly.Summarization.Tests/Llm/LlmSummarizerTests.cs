using Briefly.ModelStandIn;
using Briefly.Summarization.Llm;

namespace Briefly.Summarization.Tests.Llm;

/// <summary>The <c>llm</c> method against a stand-in model server over real HTTP (the OpenAI chat-completions protocol).</summary>
public sealed class LlmSummarizerTests
{
    private static readonly SummaryRequest Request = new(StoryCases.Text, new SummaryOptions { Length = SummaryLength.Sentences(2), Title = StoryCases.Title });

    // Generous: a loaded test machine must not turn an answer into a timeout; the slow case waits minutes.
    private static LlmOptions Options(ModelServer server) => new() { Endpoint = server.Endpoint, Model = "stand-in-7b", Timeout = TimeSpan.FromSeconds(10) };

    private static LlmSummarizer Summarizer(LlmOptions options) => new(LlmServices.ChatClient(options), options);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_faithful_answer_is_served_with_the_sources_of_every_sentence(bool stream)
    {
        await using var server = await ModelServer.StartAsync(_ => ModelReply.Answer(StoryCases.Faithful));
        using var summarizer = Summarizer(Options(server) with { Stream = stream });

        var summary = await summarizer.SummarizeAsync(Request);

        Assert.Equal(("llm", "stand-in-7b", (string?)null), (summary.Method, summary.Model, summary.Fallback));
        Assert.Equal(StoryCases.Faithful.Split('\n'), summary.Sentences.Select(s => s.Text));
        Assert.All(summary.Sentences, s => Assert.True(s.IsWritten && s.Sources!.Count is 1 or 2));
        var firstSource = summary.Sentences[0].Sources![0];
        Assert.Equal("Riverton's city council approved a new bridge over the Mill River on Tuesday.", StoryCases.Text.Substring(firstSource.Start, firstSource.Length));
        var second = summary.Sentences[1].Sources!.Select(s => StoryCases.Text.Substring(s.Start, s.Length)).ToList();
        Assert.Contains(second, s => s.StartsWith("Mayor Ana Lopez", StringComparison.Ordinal));
        Assert.Contains(second, s => s.Contains("12 million", StringComparison.Ordinal));

        var asked = Assert.Single(server.Requests);
        Assert.Equal(("stand-in-7b", stream), (asked.Model, asked.Stream));
        Assert.Contains("exactly 3 sentences in English", asked.System, StringComparison.Ordinal);
        Assert.Contains(StoryCases.Title, asked.User, StringComparison.Ordinal);
        Assert.Contains("Work on the foundations starts in the spring.", asked.User, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invented-names")]
    [InlineData("wrong-language")]
    [InlineData("slow")]
    [InlineData("error-500")]
    [InlineData("busy-429")]
    [InlineData("malformed")]
    public async Task Anything_but_a_faithful_answer_in_time_serves_the_extractive_summary_and_says_why(string name)
    {
        var (_, reply, fallback) = StoryCases.Named(name);
        await using var server = await ModelServer.StartAsync(reply);
        using var summarizer = Summarizer(Options(server) with { Timeout = TimeSpan.FromSeconds(name == "slow" ? 1 : 10) });

        var summary = await summarizer.SummarizeAsync(Request);

        Assert.Equal(("default", fallback), (summary.Method, summary.Fallback));
        var extractive = global::Briefly.Summarization.Summarizers.Default.Summarize(StoryCases.Text, Request.Options);
        Assert.Equal(extractive.Sentences, summary.Sentences);
        // Tried once: a retry would outlast the reader's wait.
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task One_invented_sentence_is_dropped_and_the_spare_sentence_takes_its_place()
    {
        await using var server = await ModelServer.StartAsync(StoryCases.Named("invented-number").Reply);
        using var summarizer = Summarizer(Options(server));

        var summary = await summarizer.SummarizeAsync(Request);

        // Asked for three, the first with a changed number: the reader gets the other two.
        Assert.Equal(("llm", (string?)null), (summary.Method, summary.Fallback));
        Assert.Equal(StoryCases.Faithful.Split('\n'), summary.Sentences.Select(s => s.Text));
        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("15 million", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_429_with_Retry_After_the_endpoint_is_not_asked_again_before_then()
    {
        await using var server = await ModelServer.StartAsync(_ => ModelReply.Status(429, "120"));
        using var summarizer = Summarizer(Options(server));

        Assert.Equal("unavailable", (await summarizer.SummarizeAsync(Request)).Fallback);
        server.Script = _ => ModelReply.Answer(StoryCases.Faithful);
        Assert.Equal("unavailable", (await summarizer.SummarizeAsync(Request)).Fallback);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_spent_daily_budget_falls_back_without_asking_and_the_reported_usage_is_counted()
    {
        await using var server = await ModelServer.StartAsync(_ => ModelReply.Answer(StoryCases.Faithful));
        using var tight = Summarizer(Options(server) with { DailyTokenBudget = 100 });
        Assert.Equal("budget", (await tight.SummarizeAsync(Request)).Fallback);
        Assert.Empty(server.Requests);

        using var roomy = Summarizer(Options(server) with { DailyTokenBudget = 100_000 });
        Assert.Null((await roomy.SummarizeAsync(Request)).Fallback);
        // The stand-in reports (prompt + answer characters) / 4 tokens: the reservation was replaced by that.
        var asked = Assert.Single(server.Requests);
        Assert.Equal((asked.User.Length + StoryCases.Faithful.Length) / 4, await roomy.Budget.UsedAsync());
    }

    [Fact]
    public async Task A_long_article_is_cut_to_the_input_budget_from_its_most_important_sentences()
    {
        var filler = string.Concat(Enumerable.Range(1, 60).Select(i => $"\nThe weather report number {i} was read out on the local radio station that evening."));
        var text = StoryCases.Text + filler;
        await using var server = await ModelServer.StartAsync(_ => ModelReply.Answer(StoryCases.Faithful));
        using var summarizer = Summarizer(Options(server) with { MaxInputWords = 80 });

        var summary = await summarizer.SummarizeAsync(new SummaryRequest(text, Request.Options));

        Assert.Equal("llm", summary.Method);
        var user = Assert.Single(server.Requests).User;
        var article = user[(user.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        Assert.InRange(article.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, 20, 80);
        Assert.Contains("Riverton's city council approved", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_russian_article_is_summarized_in_russian_and_its_names_are_matched_in_any_inflection()
    {
        const string text = "Мэр Анна Петрова открыла в понедельник новый мост через Волгу в Твери.\n"
            + "Строительство моста стоило 3 миллиарда рублей и заняло четыре года.\n"
            + "Жители города давно ждали этот мост, потому что старый был закрыт на ремонт.";
        const string answer = "В понедельник Анна Петрова открыла в Твери новый мост через Волгу.\n"
            + "Строительство моста заняло четыре года и стоило 3 миллиарда рублей.";
        await using var server = await ModelServer.StartAsync(_ => ModelReply.Answer(answer));
        using var summarizer = Summarizer(Options(server));

        var summary = await summarizer.SummarizeAsync(new SummaryRequest(text, new SummaryOptions { Length = SummaryLength.Sentences(2) }));

        Assert.Equal(("ru", "llm", (string?)null), (summary.Language, summary.Method, summary.Fallback));
        Assert.Contains("exactly 3 sentences in Russian", Assert.Single(server.Requests).System, StringComparison.Ordinal);

        server.Script = _ => ModelReply.Answer("В понедельник Мария Иванова открыла в Твери новый мост через Волгу.\nСтроительство моста заняло четыре года.");
        var swapped = await summarizer.SummarizeAsync(new SummaryRequest(text, new SummaryOptions { Length = SummaryLength.Sentences(2), Title = "другой" }));
        Assert.Equal("unsupported", swapped.Fallback);
    }

    [Fact]
    public async Task Requests_beyond_the_concurrency_limit_wait_their_turn_within_the_timeout()
    {
        await using var server = await ModelServer.StartAsync(_ => ModelReply.Answer(StoryCases.Faithful, TimeSpan.FromMilliseconds(300)));
        using var summarizer = Summarizer(Options(server) with { MaxConcurrency = 1 });

        var summaries = await Task.WhenAll(Enumerable.Range(1, 3).Select(n =>
            summarizer.SummarizeAsync(new SummaryRequest(StoryCases.Text + $"\nNote {n}.", Request.Options)).AsTask()));

        Assert.All(summaries, s => Assert.Equal("llm", s.Method));
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(1, server.MostInFlight);
    }

    [Theory]
    [InlineData("", "unavailable")]
    [InlineData("<think>The council, the bridge, the money", "unavailable")]
    [InlineData("In short.\nIn short.\nRiverton's city council approved a new bridge over the Mill River on Tuesday.", "unsupported")]
    public async Task An_empty_or_cut_answer_is_unavailable_and_filler_never_counts(string answer, string fallback)
    {
        await using var server = await ModelServer.StartAsync(_ => ModelReply.Answer(answer));
        using var summarizer = Summarizer(Options(server));

        var summary = await summarizer.SummarizeAsync(Request);

        Assert.Equal(fallback, summary.Fallback);
    }

    [Fact]
    public async Task The_caller_cancelling_is_not_a_timeout_fallback()
    {
        await using var server = await ModelServer.StartAsync(_ => ModelReply.Answer(StoryCases.Faithful, TimeSpan.FromSeconds(10)));
        using var summarizer = Summarizer(Options(server) with { Timeout = TimeSpan.FromSeconds(30) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await summarizer.SummarizeAsync(Request, cancel.Token));
    }

    [Fact]
    public async Task Written_sentences_and_the_fallback_round_trip_through_the_summary_json()
    {
        await using var server = await ModelServer.StartAsync(_ => ModelReply.Answer(StoryCases.Faithful));
        using var summarizer = Summarizer(Options(server));
        var summary = await summarizer.SummarizeAsync(Request);

        var json = SummaryJson.Serialize(summary);
        Assert.Contains("\"model\":\"stand-in-7b\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sources\":[{\"start\":0,\"length\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"score\"", json, StringComparison.Ordinal);
        var back = SummaryJson.Parse(json);
        Assert.Equal(summary.Sentences.Select(s => (s.Text, string.Join(",", s.Sources!))), back.Sentences.Select(s => (s.Text, string.Join(",", s.Sources!))));
        Assert.Equal((summary.Method, summary.Model), (back.Method, back.Model));

        var fallback = SummaryJson.Parse(SummaryJson.Serialize(global::Briefly.Summarization.Summarizers.Default.Summarize(StoryCases.Text, Request.Options) with { Fallback = "timeout" }));
        Assert.Equal(("default", "timeout", (string?)null), (fallback.Method, fallback.Fallback, fallback.Model));
        Assert.True(fallback.IsTemporary);
    }
}
