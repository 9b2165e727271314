using System.Net.Http.Json;
using System.Text.Json;
using Briefly.ModelStandIn;
using Briefly.Summarization.Llm;
using Briefly.Web.Cluster;
using Briefly.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Briefly.Web.Tests;

/// <summary>
/// The language model's daily token budget kept by several nodes together in one real Redis (started by
/// scripts/test, named by BRIEFLY_TEST_REDIS), and by each node alone while Redis does not answer.
/// </summary>
public sealed class SharedTokenBudgetTests
{
    private const string RedisVariable = "BRIEFLY_TEST_REDIS";

    private static string Redis => Environment.GetEnvironmentVariable(RedisVariable)
        ?? throw new InvalidOperationException($"{RedisVariable} is not set: run scripts/test, which starts a throwaway Redis for these tests.");

    // A day of this test's own, far from today's count of any site, so that runs and other tests do not meet.
    private static DateOnly SomeDay() => new DateOnly(2001, 1, 1).AddDays(Random.Shared.Next(0, 3650));

    [Fact]
    public async Task Two_nodes_keep_one_daily_budget_between_them()
    {
        await using var redisA = await ConnectionMultiplexer.ConnectAsync(Redis);
        await using var redisB = await ConnectionMultiplexer.ConnectAsync(Redis);
        var a = new RedisTokenLedger(redisA, NullLogger<RedisTokenLedger>.Instance);
        var b = new RedisTokenLedger(redisB, NullLogger<RedisTokenLedger>.Instance);
        var day = SomeDay();

        Assert.True(await a.TryReserveAsync(day, 60, 100));
        Assert.False(await b.TryReserveAsync(day, 50, 100));
        Assert.True(await b.TryReserveAsync(day, 40, 100));
        Assert.False(await a.TryReserveAsync(day, 1, 100));
        // A's request cost 30 tokens, not the 60 it reserved.
        await a.AdjustAsync(day, -30);
        Assert.Equal(70, await b.UsedAsync(day));
        Assert.True(await b.TryReserveAsync(day, 30, 100));
        await b.AdjustAsync(day, -500);
        Assert.Equal(0, await a.UsedAsync(day));
        Assert.Equal(0, await a.UsedAsync(day.AddDays(1)));
        Assert.True(await a.TryReserveAsync(day, 1_000_000, 0));
    }

    [Fact]
    public async Task Nodes_reserving_at_once_never_take_more_than_the_budget()
    {
        await using var redisA = await ConnectionMultiplexer.ConnectAsync(Redis);
        await using var redisB = await ConnectionMultiplexer.ConnectAsync(Redis);
        var nodes = new[] { new RedisTokenLedger(redisA, NullLogger<RedisTokenLedger>.Instance), new RedisTokenLedger(redisB, NullLogger<RedisTokenLedger>.Instance) };
        var day = SomeDay();

        var granted = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => nodes[i % 2].TryReserveAsync(day, 10, 100).AsTask()));

        Assert.Equal(10, granted.Count(g => g));
        Assert.Equal(100, await nodes[0].UsedAsync(day));
    }

    [Fact]
    public async Task While_redis_does_not_answer_a_node_keeps_the_budget_alone()
    {
        // Nothing listens on port 1; commands fail at once, as the site's own connection is set to.
        var options = ConfigurationOptions.Parse("127.0.0.1:1");
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 200;
        await using var away = await ConnectionMultiplexer.ConnectAsync(options);
        var ledger = new RedisTokenLedger(away, NullLogger<RedisTokenLedger>.Instance);
        var day = SomeDay();

        Assert.True(await ledger.TryReserveAsync(day, 60, 100));
        Assert.False(await ledger.TryReserveAsync(day, 50, 100));
        await ledger.AdjustAsync(day, -10);
        Assert.Equal(50, await ledger.UsedAsync(day));
    }

    [Fact]
    public async Task A_site_with_redis_counts_its_model_tokens_where_another_node_sees_them()
    {
        await using var model = await ModelServer.StartAsync(_ => ModelReply.Answer(StoryCases.Faithful));
        const long budget = 1_000_000;
        SiteFactory Node() => new(new()
        {
            ["Briefly:Redis"] = Redis,
            ["Briefly:Llm:Endpoint"] = model.Endpoint.ToString(),
            ["Briefly:Llm:Model"] = "stand-in-7b",
            ["Briefly:Llm:TimeoutSeconds"] = "60",
            ["Briefly:Llm:DailyTokenBudget"] = budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await using var a = Node();
        await using var b = Node();
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        var ledger = b.Services.GetRequiredService<ITokenLedger>();
        Assert.IsType<RedisTokenLedger>(ledger);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // A title of this run's own: a written summary is cached in Redis too, by text and title, and one from an
        // earlier run would cost no tokens.
        var title = $"{StoryCases.Title} ({Guid.NewGuid():N})";
        async Task<JsonElement> PostAsync(HttpClient client, int sentences)
        {
            using var response = await client.PostAsJsonAsync("/api/summarize", new { text = StoryCases.Text, title, method = "llm", sentences });
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var before = await ledger.UsedAsync(today);
        Assert.Equal("llm", (await PostAsync(clientA, 2)).GetProperty("method").GetString());
        var after = await ledger.UsedAsync(today);
        Assert.True(after > before, $"node A's request counted {after - before} tokens in the shared ledger");

        // The rest of the day's budget spent elsewhere: node B may not send another request.
        var rest = budget - after;
        Assert.True(await ledger.TryReserveAsync(today, rest, budget));
        try
        {
            var refused = await PostAsync(clientB, 1);
            Assert.Equal("default", refused.GetProperty("method").GetString());
            Assert.Equal("budget", refused.GetProperty("fallback").GetString());
            Assert.Single(model.Requests);
        }
        finally
        {
            await ledger.AdjustAsync(today, -rest);
        }
    }
}
