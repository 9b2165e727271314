using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.ModelStandIn;
using Briefly.Storage;
using Briefly.Summarization;
using Briefly.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Web.Tests;

/// <summary>A site configured with a language model (a stand-in server on 127.0.0.1), one article per case.</summary>
public sealed class LlmSite : IAsyncLifetime
{
    public ModelServer Model { get; private set; } = null!;

    public SiteFactory Factory { get; private set; } = null!;

    public Dictionary<string, string> Slugs { get; } = [];

    public async Task InitializeAsync()
    {
        Model = await ModelServer.StartAsync(StoryCases.ByLabel);
        Factory = new SiteFactory(new()
        {
            ["Briefly:Llm:Endpoint"] = Model.Endpoint.ToString(),
            ["Briefly:Llm:Model"] = "stand-in-7b",
            // Long enough for a loaded machine; the slow case has a site of its own below.
            ["Briefly:Llm:TimeoutSeconds"] = "60",
        });
        using var client = Factory.CreateClient();
        foreach (var (name, _, _) in StoryCases.All)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
            {
                Content = JsonContent.Create(new { title = $"{StoryCases.Title} ({name})", text = StoryCases.TextFor(name) }),
            };
            request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            Slugs[name] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString()!;
        }
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Model.DisposeAsync();
    }
}

public sealed class LlmSummaryTests(LlmSite site) : IClassFixture<LlmSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    // A 429 pauses the endpoint for the whole site, and the slow case needs a short timeout: each has a site of its own below.
    public static TheoryData<string> Cases() => [.. StoryCases.All.Where(c => c.Name is not ("busy-429" or "slow")).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Posting_a_text_with_method_llm_answers_the_written_summary_or_the_fallback(string name)
    {
        var expected = StoryCases.Named(name).Fallback;
        using var response = await _client.PostAsJsonAsync("/api/summarize", new { text = StoryCases.TextFor(name), method = "llm", sentences = 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSummary(await response.Content.ReadFromJsonAsync<JsonElement>(), expected, StoryCases.TextFor(name));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_articles_llm_summary_is_kept_unless_the_fallback_was_temporary(string name)
    {
        var expected = StoryCases.Named(name).Fallback;
        var url = $"/api/articles/{site.Slugs[name]}/summary?sentences=2&method=llm";
        var asked = site.Model.Requests.Count(r => r.User.Contains($"label {name}.", StringComparison.Ordinal));

        using var first = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        AssertSummary(await first.Content.ReadFromJsonAsync<JsonElement>(), expected, StoryCases.TextFor(name));
        using var second = await _client.GetAsync(url);
        AssertSummary(await second.Content.ReadFromJsonAsync<JsonElement>(), expected, StoryCases.TextFor(name));

        var temporary = expected is "timeout" or "unavailable";
        var askedNow = site.Model.Requests.Count(r => r.User.Contains($"label {name}.", StringComparison.Ordinal));
        Assert.Equal(temporary ? 2 : 1, askedNow - asked);
        Assert.Equal(temporary, second.Headers.ETag is null);
        Assert.Equal(temporary ? "no-store" : "public, max-age=60", second.Headers.CacheControl?.ToString());

        var article = await site.Factory.Store.GetBySlugAsync(site.Slugs[name]);
        site.Factory.Services.GetRequiredService<ISummarizerCatalog>().TryGet("llm", out var llm, out _);
        var kept = await site.Factory.Store.GetSummaryAsync(new SummaryCacheKey(article!.ContentHash, "sentences=2", "llm", llm.Version));
        Assert.Equal(temporary, kept is null);
        if (!temporary)
        {
            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(second.Headers.ETag!);
            using var notModified = await _client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Equal("public, max-age=60", notModified.Headers.CacheControl?.ToString());
        }
    }

    [Theory]
    [InlineData("words=40")]
    [InlineData("sentences=11")]
    [InlineData("ratio=0.5")]
    public async Task Anyone_may_ask_an_article_for_a_written_summary_only_at_the_kept_lengths(string length)
    {
        var asked = site.Model.Requests.Count;
        await AssertProblemAsync(await _client.GetAsync($"/api/articles/{site.Slugs["faithful"]}/summary?{length}&method=llm"), HttpStatusCode.BadRequest);
        using var page = await _client.GetAsync($"/articles/{site.Slugs["faithful"]}/summary?{length}&method=llm");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(asked, site.Model.Requests.Count);
    }

    [Fact]
    public async Task A_posted_texts_written_summary_is_kept_by_text_and_length_and_a_temporary_fallback_is_not()
    {
        await using var model = await ModelServer.StartAsync(_ => ModelReply.Status(500));
        await using var site = new SiteFactory(new() { ["Briefly:Llm:Endpoint"] = model.Endpoint.ToString(), ["Briefly:Llm:Model"] = "stand-in-7b", ["Briefly:Llm:TimeoutSeconds"] = "60" });
        using var client = site.CreateClient();
        async Task<JsonElement> PostAsync(int sentences)
        {
            using var response = await client.PostAsJsonAsync("/api/summarize", new { text = StoryCases.Text, title = StoryCases.Title, method = "llm", sentences });
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        Assert.Equal("unavailable", (await PostAsync(2)).GetProperty("fallback").GetString());
        model.Script = _ => ModelReply.Answer(StoryCases.Faithful);
        Assert.Equal("llm", (await PostAsync(2)).GetProperty("method").GetString());
        Assert.Equal("llm", (await PostAsync(2)).GetProperty("method").GetString());
        Assert.Equal(2, model.Requests.Count);

        // Another length: asked again.
        await PostAsync(1);
        Assert.Equal(3, model.Requests.Count);
    }

    [Fact]
    public async Task A_model_slower_than_the_timeout_falls_back_in_time_and_nothing_is_kept()
    {
        await using var model = await ModelServer.StartAsync(StoryCases.Named("slow").Reply);
        await using var slow = new SiteFactory(new() { ["Briefly:Llm:Endpoint"] = model.Endpoint.ToString(), ["Briefly:Llm:Model"] = "stand-in-7b", ["Briefly:Llm:TimeoutSeconds"] = "2" });
        using var client = slow.CreateClient();

        using var posted = await client.PostAsJsonAsync("/api/summarize", new { text = StoryCases.Text, method = "llm", sentences = 2 });
        AssertSummary(await posted.Content.ReadFromJsonAsync<JsonElement>(), "timeout", StoryCases.Text);
        using var created = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(new { title = StoryCases.Title, text = StoryCases.Text }) };
        created.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        using var article = await client.SendAsync(created);
        var slug = (await article.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString();
        using var summary = await client.GetAsync($"/api/articles/{slug}/summary?sentences=2&method=llm");
        AssertSummary(await summary.Content.ReadFromJsonAsync<JsonElement>(), "timeout", StoryCases.Text);
        Assert.Equal("no-store", summary.Headers.CacheControl?.ToString());
        Assert.Null(summary.Headers.ETag);
        Assert.Equal(2, model.Requests.Count);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("method 'llm' takes length short, medium or long, or up to 10 sentences", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_summary_page_without_javascript_labels_a_written_summary_and_links_its_sources()
    {
        var slug = site.Slugs["faithful"];
        var page = await _client.GetPageAsync($"/articles/{slug}/summary?length=short&method=llm");

        Assert.Contains("Written by a language model (stand-in-7b).", page.QuerySelector(".summary-note")!.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll(".summary-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(links);
        var article = await _client.GetPageAsync($"/articles/{slug}");
        Assert.All(links, href => Assert.NotNull(article.GetElementById(href![(href!.IndexOf('#', StringComparison.Ordinal) + 1)..])));
        Assert.Equal(["From the article", "Written by AI"], article.QuerySelectorAll("[data-method]").Take(2).Select(b => b.TextContent));

        // Three sentences, not the two the other tests ask for, so that this page does not keep a summary they count on.
        var fallback = await _client.GetPageAsync($"/articles/{site.Slugs["invented-names"]}/summary?sentences=3&method=llm");
        Assert.StartsWith("The language model's summary could not be shown", fallback.QuerySelector(".summary-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_429_with_Retry_After_the_site_serves_the_extractive_summary_without_asking_again()
    {
        await using var model = await ModelServer.StartAsync(_ => ModelReply.Status(429, "120"));
        await using var busy = new SiteFactory(new() { ["Briefly:Llm:Endpoint"] = model.Endpoint.ToString(), ["Briefly:Llm:Model"] = "stand-in-7b" });
        using var client = busy.CreateClient();

        foreach (var _ in Enumerable.Range(0, 3))
        {
            using var response = await client.PostAsJsonAsync("/api/summarize", new { text = StoryCases.Text, method = "llm", sentences = 2 });
            AssertSummary(await response.Content.ReadFromJsonAsync<JsonElement>(), "unavailable", StoryCases.Text);
        }
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task A_site_without_a_model_offers_no_written_summary_and_refuses_method_llm_with_the_reason()
    {
        using var plain = new SiteFactory();
        using var client = plain.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/summarize", new { text = StoryCases.Text, method = "llm" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no language model is configured (set Briefly:Llm:Endpoint and Briefly:Llm:Model)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void AssertSummary(JsonElement summary, string? fallback, string text)
    {
        var sentences = summary.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(2, sentences.Count);
        if (fallback is null)
        {
            Assert.Equal(("llm", "stand-in-7b"), (summary.GetProperty("method").GetString(), summary.GetProperty("model").GetString()));
            Assert.Equal(StoryCases.Faithful.Split('\n'), sentences.Select(s => s.GetProperty("text").GetString()));
            Assert.All(sentences, s => Assert.InRange(s.GetProperty("sources").GetArrayLength(), 1, 2));
            var source = sentences[0].GetProperty("sources")[0];
            Assert.StartsWith("Riverton's city council approved", text.Substring(source.GetProperty("start").GetInt32(), source.GetProperty("length").GetInt32()), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(("default", fallback), (summary.GetProperty("method").GetString(), summary.GetProperty("fallback").GetString()));
            Assert.All(sentences, s => Assert.Equal(s.GetProperty("text").GetString(), text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())));
        }
    }
}
