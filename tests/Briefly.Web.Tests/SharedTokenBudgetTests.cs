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
    private static string Redis => TestRedis.Address;

    private static readonly DateOnly Day = new(2026, 12, 7);

    // Counts of this test's own (a Redis started by hand may outlive a run).
    private static RedisTokenLedger Ledger(IConnectionMultiplexer redis, string prefix) => new(redis, NullLogger<RedisTokenLedger>.Instance, prefix);

    private static string Prefix() => $"briefly-test:{Guid.NewGuid():N}:";

    [Fact]
    public async Task Two_nodes_keep_one_daily_budget_between_them()
    {
        await using var redisA = await ConnectionMultiplexer.ConnectAsync(Redis);
        await using var redisB = await ConnectionMultiplexer.ConnectAsync(Redis);
        var prefix = Prefix();
        var a = Ledger(redisA, prefix);
        var b = Ledger(redisB, prefix);

        var first = await a.TryReserveAsync(Day, 60, 100);
        Assert.Equal(new TokenReservation(Day, 60, Local: false), first);
        Assert.Null(await b.TryReserveAsync(Day, 50, 100));
        var second = await b.TryReserveAsync(Day, 40, 100);
        Assert.NotNull(second);
        Assert.Null(await a.TryReserveAsync(Day, 1, 100));
        // A's request cost 30 tokens, not the 60 it reserved.
        await a.SettleAsync(first!.Value, 30);
        Assert.Equal(70, await b.UsedAsync(Day));
        Assert.NotNull(await b.TryReserveAsync(Day, 30, 100));
        await b.SettleAsync(second!.Value with { Tokens = 500 }, 0);
        Assert.Equal(0, await a.UsedAsync(Day));
        Assert.Equal(0, await a.UsedAsync(Day.AddDays(1)));
        Assert.NotNull(await a.TryReserveAsync(Day, 1_000_000, 0));
    }

    [Fact]
    public async Task Nodes_reserving_at_once_never_take_more_than_the_budget()
    {
        await using var redisA = await ConnectionMultiplexer.ConnectAsync(Redis);
        await using var redisB = await ConnectionMultiplexer.ConnectAsync(Redis);
        var prefix = Prefix();
        var nodes = new[] { Ledger(redisA, prefix), Ledger(redisB, prefix) };

        var granted = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => nodes[i % 2].TryReserveAsync(Day, 10, 100).AsTask()));

        Assert.Equal(10, granted.Count(g => g is not null));
        Assert.Equal(100, await nodes[0].UsedAsync(Day));
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
        var ledger = Ledger(away, Prefix());

        var reserved = await ledger.TryReserveAsync(Day, 60, 100);
        Assert.Equal(new TokenReservation(Day, 60, Local: true), reserved);
        Assert.Null(await ledger.TryReserveAsync(Day, 50, 100));
        await ledger.SettleAsync(reserved!.Value, 50);
        Assert.Equal(50, await ledger.UsedAsync(Day));
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
        var rest = await ledger.TryReserveAsync(today, budget - after, budget);
        Assert.NotNull(rest);
        try
        {
            var refused = await PostAsync(clientB, 1);
            Assert.Equal("default", refused.GetProperty("method").GetString());
            Assert.Equal("budget", refused.GetProperty("fallback").GetString());
            Assert.Single(model.Requests);
        }
        finally
        {
            await ledger.SettleAsync(rest.Value, 0);
        }
    }
}
