using System.Net.Http.Json;
using System.Text.Json;
using Briefly.ModelStandIn;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefly.EndToEnd.Tests;

/// <summary>The demo site configured with a language model: a stand-in server on 127.0.0.1 answering each case.</summary>
public sealed class ModelLiveSite : LiveSite
{
    public ModelServer Model { get; private set; } = null!;

    protected override IEnumerable<string> Settings =>
        [$"--Briefly:Llm:Endpoint={Model.Endpoint}", "--Briefly:Llm:Model=stand-in-7b", "--Briefly:Llm:TimeoutSeconds=10"];

    public override async Task InitializeAsync()
    {
        Model = await ModelServer.StartAsync(StoryCases.ByLabel);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Model.DisposeAsync();
    }
}

public sealed class WrittenSummaryTests(ModelLiveSite site) : IClassFixture<ModelLiveSite>
{
    [Fact]
    public async Task A_reader_chooses_the_written_summary_sees_it_labelled_and_its_sources_highlighted_and_every_failure_falls_back()
    {
        // The 429 case last: it pauses the endpoint for the whole site.
        foreach (var (name, _, fallback) in StoryCases.All.OrderBy(c => c.Name == "busy-429"))
        {
            try
            {
                await ReadAsync(name, fallback);
            }
            catch (Exception e) when (e is PlaywrightException or Xunit.Sdk.XunitException)
            {
                throw new InvalidOperationException($"case {name}: {e.Message}", e);
            }
        }
    }

    private async Task ReadAsync(string name, string? fallback)
    {
        var slug = await PublishAsync(name);
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var errors = LiveSite.ConsoleErrors(page);
        await page.GotoAsync($"/articles/{slug}");
        await page.Locator("[data-summary-toggle]").First.ClickAsync();
        var note = page.Locator("#summary-top [data-summary-note]");
        await Assertions.Expect(note).ToHaveAttributeAsync("data-kind", "extract");

        await page.Locator("#summary-top [data-method=llm]").ClickAsync();
        await Assertions.Expect(page.Locator("#summary-top [data-method=llm]")).ToHaveAttributeAsync("aria-pressed", "true");
        var items = page.Locator("#summary-top .summary-list li a");
        if (fallback is null)
        {
            await Assertions.Expect(note).ToHaveAttributeAsync("data-kind", "written", new() { Timeout = 30_000 });
            await Assertions.Expect(note).ToContainTextAsync("Written by a language model (stand-in-7b).");
            var written = StoryCases.FaithfulFor(3).ToArray();
            await Assertions.Expect(items).ToHaveTextAsync(written);

            // The second sentence rests on two article sentences: both are highlighted.
            await items.Nth(1).ClickAsync();
            var highlighted = page.Locator(".story-body .s.highlight");
            await Assertions.Expect(highlighted.First).ToBeVisibleAsync();
            var pieces = string.Concat(await highlighted.AllTextContentsAsync());
            Assert.Contains("Mayor Ana Lopez said the bridge would cut the drive to the hospital by half.", pieces, StringComparison.Ordinal);
            Assert.Contains("The bridge will cost 12 million dollars", pieces, StringComparison.Ordinal);
            Assert.DoesNotContain("Councillor", pieces, StringComparison.Ordinal);
            if (name == "faithful")
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "article-written-summary.png") });
                var axe = await page.RunAxe();
                Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
            }
        }
        else
        {
            // The slow case takes the site's whole timeout before it falls back.
            await Assertions.Expect(note).ToHaveAttributeAsync("data-kind", "fallback", new() { Timeout = 30_000 });
            await Assertions.Expect(note).ToContainTextAsync("these are sentences taken from the article");
            await Assertions.Expect(items).ToHaveCountAsync(3);
            foreach (var text in await items.AllTextContentsAsync())
                Assert.Contains(text, StoryCases.TextFor(name), StringComparison.Ordinal);
            if (name == "slow")
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "article-written-fallback.png") });
        }

        // Back to the article's sentences.
        await page.Locator("#summary-top [data-method=default]").ClickAsync();
        await Assertions.Expect(note).ToHaveAttributeAsync("data-kind", "extract");
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
    }

    private async Task<string> PublishAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = site.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", LiveSite.ApiKey);
        using var response = await http.PostAsJsonAsync("/api/articles", new { title = $"{StoryCases.Title} ({name})", text = StoryCases.TextFor(name) });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString()!;
    }
}
