using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

/// <summary>A node configured with a Redis that does not answer (nothing listens on the port) still serves.</summary>
public sealed class RedisAwayTests
{
    [Fact]
    public async Task A_node_starts_and_serves_from_memory_and_the_database_and_its_health_says_redis_is_down()
    {
        using var factory = new SiteFactory(new() { ["Briefly:Redis"] = "127.0.0.1:1,connectTimeout=500" });
        using var client = factory.CreateClient();

        using var published = await ApiTests.PublishAsync(client, new
        {
            title = "Ferries return to the old harbour",
            text = "The ferry service returned to the old harbour on Monday. Crews painted the pier over the winter. Tickets cost the same as last year.",
        });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var slug = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString();
        Assert.Equal("Ferries return to the old harbour", (await client.GetPageAsync($"/articles/{slug}")).QuerySelector("h1")!.TextContent.Trim());
        using var summary = await client.GetAsync($"/api/articles/{slug}/summary?sentences=2");
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        using var summarized = await client.PostAsJsonAsync("/api/summarize", new { text = "Ferries leave early. Buses leave late. Trams never leave." });
        Assert.Equal(HttpStatusCode.OK, summarized.StatusCode);

        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var checks = (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(checks.GetProperty("redis").GetProperty("description").GetString()));
        Assert.Equal("Healthy", checks.GetProperty("store").GetProperty("status").GetString());
    }
}
