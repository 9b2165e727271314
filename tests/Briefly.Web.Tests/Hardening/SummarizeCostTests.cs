using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Web.Cluster;
using Briefly.Web.Site;
using Briefly.Web.Summaries;
using Briefly.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Tests.Hardening;

/// <summary>POST /api/summarize is admitted by cost (words per client and minute, bounded heavy work), not by count alone.</summary>
public sealed class SummarizeCostTests
{
    [Fact]
    public async Task A_2_MB_text_of_tiny_sentences_is_summarized_from_a_bounded_window_and_counts_every_sentence()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        var text = string.Concat(Enumerable.Repeat("Word. ", 349_000));
        using var response = await client.PostAsJsonAsync("/api/summarize", new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, summary.GetProperty("sentences").GetArrayLength());
        Assert.Equal(349_000, summary.GetProperty("sourceSentences").GetInt32());
        Assert.Equal(349_000, summary.GetProperty("sourceWords").GetInt32());
    }

    [Fact]
    public async Task Words_beyond_the_clients_budget_get_a_429_with_retry_after_while_the_request_count_is_far_from_its_limit()
    {
        using var factory = new SiteFactory(new() { ["Briefly:SummarizeWordsPerMinute"] = "120" });
        using var client = factory.CreateClient();
        var eighty = string.Concat(Enumerable.Repeat("Ferries leave the old harbour early every morning. ", 10));
        using var first = await client.PostAsJsonAsync("/api/summarize", new { text = eighty });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await client.PostAsJsonAsync("/api/summarize", new { text = eighty });
        await ApiTests.AssertProblemAsync(second, HttpStatusCode.TooManyRequests);
        var wait = int.Parse(second.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(wait, 1, 60);
        // A short text still fits in what is left of the minute's budget.
        using var small = await client.PostAsJsonAsync("/api/summarize", new { text = "Ferries leave early. Buses leave late. Trams never leave." });
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task A_client_told_to_wait_is_refused_without_its_body_being_read_when_it_repeats_as_long_a_text()
    {
        using var factory = new SiteFactory(new()
        {
            ["Briefly:SummarizeWordsPerMinute"] = "120",
            ["Briefly:TrustedProxies:0"] = "127.0.0.0/8",
        });
        using var client = factory.CreateClient();
        async Task<HttpResponseMessage> Post(string from, string body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/summarize")
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Forwarded-For", from);
            return await client.SendAsync(request);
        }
        var eighty = JsonSerializer.Serialize(new { text = string.Concat(Enumerable.Repeat("Ferries leave the old harbour early every morning. ", 10)) });
        using var first = await Post("192.0.2.1", eighty);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("this text has 80", await ApiTests.AssertProblemAsync(await Post("192.0.2.1", eighty), HttpStatusCode.TooManyRequests), StringComparison.Ordinal);
        // As long a body again, and not even JSON: had it been read it would be a 400, so a 429 shows it was not.
        var notJson = new string('{', eighty.Length);
        var again = await Post("192.0.2.1", notJson);
        Assert.InRange(int.Parse(again.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("told to wait", await ApiTests.AssertProblemAsync(again, HttpStatusCode.TooManyRequests), StringComparison.Ordinal);
        // Shorter bodies are still read: a malformed one is a 400, a short text fits what is left of the budget.
        await ApiTests.AssertProblemAsync(await Post("192.0.2.1", "{"), HttpStatusCode.BadRequest);
        using var small = await Post("192.0.2.1", JsonSerializer.Serialize(new { text = "Ferries leave early. Buses leave late. Trams never leave." }));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        // Another client's long body is read as usual.
        await ApiTests.AssertProblemAsync(await Post("192.0.2.2", notJson), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Heavy_work_is_bounded_with_a_short_queue_and_the_next_heavy_request_is_refused_at_once()
    {
        using var budgets = new ClientBudgets(Microsoft.Extensions.Logging.Abstractions.NullLogger<ClientBudgets>.Instance);
        using var admission = new SummarizeAdmission(Options.Create(new SiteOptions()), budgets);
        var slots = Math.Max(1, Environment.ProcessorCount / 2);
        var held = new List<IDisposable>();
        for (var i = 0; i < slots; i++)
            held.Add(Assert.IsAssignableFrom<IDisposable>(await admission.EnterHeavyAsync(SummarizeAdmission.HeavyWords, CancellationToken.None)));
        var queued = Enumerable.Range(0, SummarizeAdmission.HeavyQueue)
            .Select(_ => admission.EnterHeavyAsync(SummarizeAdmission.HeavyWords, CancellationToken.None))
            .ToArray();
        Assert.All(queued, q => Assert.False(q.IsCompleted));
        // The queue is full: refused without waiting.
        var refused = admission.EnterHeavyAsync(SummarizeAdmission.HeavyWords, CancellationToken.None);
        Assert.True(refused.IsCompleted);
        Assert.Null(await refused);
        // Light work never waits for heavy slots.
        var light = admission.EnterHeavyAsync(SummarizeAdmission.HeavyWords - 1, CancellationToken.None);
        Assert.True(light.IsCompletedSuccessfully);
        Assert.NotNull(await light);
        // Finished heavy work lets the queue through, one slot at a time.
        foreach (var slot in held)
            slot.Dispose();
        var next = await Task.WhenAny(queued);
        Assert.NotNull(await next);
        foreach (var q in queued)
            (await q)?.Dispose();
    }
}
