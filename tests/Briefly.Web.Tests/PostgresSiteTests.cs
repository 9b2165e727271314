using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Storage.Postgres;
using Briefly.Storage.Testing;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

/// <summary>The whole site on a real PostgreSQL server (a fresh schema): the same pages and API as on SQLite.</summary>
public sealed class PostgresSiteTests : IAsyncLifetime
{
    private TempSchema? _schema;

    public async Task InitializeAsync() => _schema = await TempSchema.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_schema is not null)
            await _schema.DisposeAsync();
    }

    [Fact]
    public async Task Publish_read_search_word_forms_summarize_and_report_health_on_postgresql()
    {
        using var factory = new SiteFactory(new() { ["Briefly:Database"] = _schema!.Database });
        using var client = factory.CreateClient();
        Assert.IsType<PostgresArticleStore>(factory.Store);

        using var published = await ApiTests.PublishAsync(client, new
        {
            title = "Ferries return to the old harbour",
            text = "The ferry service returned to the old harbour on Monday. Crews painted the pier over the winter. "
                + "Tickets cost the same as last year. The first boat left at seven and was full.",
        });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var slug = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString();

        var page = await client.GetPageAsync($"/articles/{slug}");
        Assert.Equal("Ferries return to the old harbour", page.QuerySelector("h1")!.TextContent.Trim());
        var found = await client.GetPageAsync("/search?q=harbours+ferry");
        Assert.Equal($"/articles/{slug}", found.QuerySelector(".teaser h2 a")?.GetAttribute("href"));

        var first = await client.GetStringAsync($"/api/articles/{slug}/summary?sentences=2");
        Assert.Equal(first, await client.GetStringAsync($"/api/articles/{slug}/summary?sentences=2"));
        Assert.Equal(2, JsonDocument.Parse(first).RootElement.GetProperty("sentences").GetArrayLength());

        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }
}
