using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefly.EndToEnd.Tests;

/// <summary>axe-core in Chromium on the reader's pages, summaries open: no serious or critical violations.</summary>
public sealed class AccessibilityTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task The_home_search_and_summary_pages_have_no_serious_violations()
    {
        var (english, _) = await ArticlesAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        foreach (var url in new[] { "/", "/search?q=harbours", $"/articles/{english}/summary", "/no/such/page" })
        {
            await page.GotoAsync(url);
            await AssertNoSeriousViolationsAsync(page, url);
        }
    }

    [Fact]
    public async Task Article_pages_with_the_summary_open_have_no_serious_violations_in_either_language()
    {
        var (english, russian) = await ArticlesAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        foreach (var slug in new[] { english, russian })
        {
            await page.GotoAsync($"/articles/{slug}");
            await page.Locator("[data-summary-toggle]").First.ClickAsync();
            await Assertions.Expect(page.Locator("#summary-top .summary-list li").First).ToBeVisibleAsync();
            await AssertNoSeriousViolationsAsync(page, $"/articles/{slug} (summary open)");
        }
    }

    [Fact]
    public async Task On_a_phone_the_header_takes_two_lines_and_the_article_reads_well()
    {
        var (english, _) = await ArticlesAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/articles/{english}");

        // Line one: the name and the search box side by side; line two: the sections, in one row.
        var brand = (await page.Locator(".brand").BoundingBoxAsync())!;
        var search = (await page.Locator(".masthead .search").BoundingBoxAsync())!;
        var sections = (await page.Locator(".sections ul").BoundingBoxAsync())!;
        var link = (await page.Locator(".sections li").First.BoundingBoxAsync())!;
        Assert.True(Math.Abs((brand.Y + (brand.Height / 2)) - (search.Y + (search.Height / 2))) < 8, $"brand at {brand.Y}, search at {search.Y}");
        Assert.True(sections.Height < 2 * link.Height, $"sections {sections.Height} px high, a link {link.Height} px");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width} px wide on a 390 px screen");
        await page.Locator("[data-summary-toggle]").First.ClickAsync();
        await Assertions.Expect(page.Locator("#summary-top .summary-list li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, "article-mobile.png") });
        await AssertNoSeriousViolationsAsync(page, "phone article");
    }

    [Fact]
    public async Task The_check_finds_a_serious_violation_where_there_is_one()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><img src=\"x.png\"><button></button></main></body></html>");

        var results = await page.RunAxe();

        Assert.Contains(results.Violations, v => v.Id == "image-alt" && v.Impact == "critical");
        Assert.Contains(results.Violations, v => v.Id == "button-name" && v.Impact == "critical");
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{what}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    private async Task<(string English, string Russian)> ArticlesAsync()
    {
        using var http = new HttpClient { BaseAddress = site.BaseAddress };
        var items = (await http.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=100")).GetProperty("items").EnumerateArray().ToArray();
        string First(string language) => items.First(i => i.GetProperty("language").GetString() == language).GetProperty("slug").GetString()!;
        return (First("en"), First("ru"));
    }
}
