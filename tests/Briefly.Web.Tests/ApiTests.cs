using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Briefly.Storage;
using Briefly.Summarization;
using Briefly.Web.Tests.Support;

namespace Briefly.Web.Tests;

public sealed class ApiTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task The_list_is_paged_newest_first()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=2&page=2");
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(3, page.GetProperty("totalPages").GetInt32());
        var titles = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToArray();
        Assert.Equal([site.Titled("Библиотека").Title, site.Titled("Bakery").Title], titles);
    }

    [Fact]
    public async Task The_list_filters_by_category_and_by_words()
    {
        var local = await _client.GetFromJsonAsync<JsonElement>("/api/articles?category=LOCAL&q=harbour");
        var items = local.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(site.Titled("Lighthouse").Slug, Assert.Single(items).GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("/api/articles?page=0")]
    [InlineData("/api/articles?page=x")]
    [InlineData("/api/articles?pageSize=1000")]
    public async Task Bad_list_parameters_are_a_400_problem(string url) =>
        await AssertProblemAsync(await _client.GetAsync(url), HttpStatusCode.BadRequest);

    [Fact]
    public async Task An_article_comes_with_its_sanitized_html_and_plain_text()
    {
        var article = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{site.Titled("Bakery").Slug}");
        Assert.DoesNotContain("<script", article.GetProperty("html").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Food", article.GetProperty("category").GetString());
        Assert.Equal("en", article.GetProperty("language").GetString());
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        await AssertProblemAsync(await _client.GetAsync("/api/articles/nothing-here"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await _client.GetAsync("/api/articles/nothing-here/summary"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_summary_is_json_as_the_cli_gives_it_with_exact_spans_of_the_article_text()
    {
        var article = site.Titled("Lighthouse");
        var summary = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{article.Slug}/summary?sentences=2");
        Assert.Equal("en", summary.GetProperty("language").GetString());
        Assert.Equal("default", summary.GetProperty("method").GetString());
        Assert.Equal(4, summary.GetProperty("sourceSentences").GetInt32());
        Assert.True(summary.GetProperty("sourceWords").GetInt32() > 40);
        var sentences = summary.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.Equal(2, sentences.Length);
        foreach (var s in sentences)
        {
            var text = s.GetProperty("text").GetString();
            Assert.Equal(article.Text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()), text);
            Assert.True(s.TryGetProperty("index", out _) && s.TryGetProperty("score", out _));
        }
    }

    [Fact]
    public async Task Summary_length_and_method_follow_the_query()
    {
        var slug = site.Titled("Ferry").Slug;
        var shortOne = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}/summary?length=short");
        Assert.Single(shortOne.GetProperty("sentences").EnumerateArray());
        var lead = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}/summary?method=lead&sentences=1");
        Assert.Equal("lead", lead.GetProperty("method").GetString());
        Assert.Equal(0, lead.GetProperty("sentences")[0].GetProperty("start").GetInt32());
        var words = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}/summary?words=20");
        var count = words.GetProperty("sentences").EnumerateArray().Sum(s => s.GetProperty("text").GetString()!.Split(' ').Length);
        Assert.InRange(count, 1, 20);
    }

    [Theory]
    [InlineData("sentences=0")]
    [InlineData("sentences=51")]
    [InlineData("words=-1")]
    [InlineData("ratio=1.5")]
    [InlineData("sentences=2&words=30")]
    [InlineData("method=magic")]
    [InlineData("method=llm")]
    [InlineData("length=huge")]
    public async Task Bad_summary_parameters_are_a_400_problem(string query) =>
        await AssertProblemAsync(await _client.GetAsync($"/api/articles/{site.Titled("Ferry").Slug}/summary?{query}"), HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_summary_is_computed_once_and_then_kept_in_the_store()
    {
        var article = await site.Factory.Store.GetBySlugAsync(site.Titled("School").Slug);
        var key = new SummaryCacheKey(article!.ContentHash, "sentences=2", "textrank", Summarizers.EngineVersion);
        Assert.Null(await site.Factory.Store.GetSummaryAsync(key));

        var first = await _client.GetStringAsync($"/api/articles/{article.Slug}/summary?sentences=2&method=textrank");
        var stored = await site.Factory.Store.GetSummaryAsync(key);
        Assert.Equal(first, stored);
        using var second = await _client.GetAsync($"/api/articles/{article.Slug}/summary?sentences=2&method=textrank");
        Assert.Equal(first, await second.Content.ReadAsStringAsync());
        Assert.NotNull(second.Headers.ETag);
    }

    [Fact]
    public async Task Only_presets_and_up_to_ten_sentences_are_kept_in_the_store()
    {
        var article = await site.Factory.Store.GetBySlugAsync(site.Titled("Ferry").Slug);
        using var words = await _client.GetAsync($"/api/articles/{article!.Slug}/summary?words=37");
        Assert.Equal(HttpStatusCode.OK, words.StatusCode);
        Assert.Null(await site.Factory.Store.GetSummaryAsync(new SummaryCacheKey(article.ContentHash, "words=37", "default", Summarizers.EngineVersion)));
        using var ratio = await _client.GetAsync($"/api/articles/{article.Slug}/summary?ratio=0.25");
        Assert.NotNull(await site.Factory.Store.GetSummaryAsync(new SummaryCacheKey(article.ContentHash, "ratio=0.25", "default", Summarizers.EngineVersion)));
    }

    [Fact]
    public async Task A_summary_the_browser_already_has_is_a_304()
    {
        var url = $"/api/articles/{site.Titled("Ferry").Slug}/summary?length=short";
        using var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        using var other = await _client.GetAsync($"/api/articles/{site.Titled("Ferry").Slug}/summary?length=long");
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/articles")]
    [InlineData("/feed.xml")]
    [InlineData("/healthz")]
    public async Task Head_requests_are_answered_without_a_body(string url)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Error_responses_carry_the_security_headers_too()
    {
        using var response = await _client.GetAsync("/api/articles/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Russian_text_is_sent_as_characters_not_entities()
    {
        var html = await _client.GetStringAsync($"/articles/{site.Titled("Библиотека").Slug}");
        Assert.Contains("Библиотека открыла читальный зал", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x411;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_nested_deeper_than_browsers_allow_is_refused_before_parsing()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 5000)) + "Deep text here. More text." + string.Concat(Enumerable.Repeat("</div>", 5000));
        await AssertProblemAsync(await _client.PostAsJsonAsync("/api/summarize", new { html = deep }), HttpStatusCode.UnprocessableEntity);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(new { title = "Deep", html = deep }) };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        await AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Html_with_too_many_elements_side_by_side_is_refused_before_parsing()
    {
        // The reported body: 1.4 MB, inside every size limit (sent without escaping < and >, as a client may).
        var wide = "<p>The council met on Monday.</p>" + string.Concat(Enumerable.Repeat("<i></i>", 199_998));
        var relaxed = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var summarize = new StringContent(JsonSerializer.Serialize(new { html = wide }, relaxed), Encoding.UTF8, "application/json");
        await AssertProblemAsync(await _client.PostAsync("/api/summarize", summarize), HttpStatusCode.UnprocessableEntity);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { title = "Wide", html = wide }, relaxed), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        await AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1899-12-31T23:59:59Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    public async Task A_published_time_before_1900_or_beyond_tomorrow_is_a_400_problem(string published)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent($$"""{"title":"Dated","text":"The ferry left at dawn. It came back at noon.","published":"{{published}}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        var detail = await AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.Contains("published", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_a_json_content_type_is_a_415_problem()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"text\":\"Some words here.\"}"));
        using var response = await _client.PostAsync("/api/summarize", content);
        Assert.Equal("application/json", response.Headers.GetValues("Accept-Post").Single());
        Assert.Contains("application/json", await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
        using var form = new StringContent("text=Some+words", Encoding.UTF8, "application/x-www-form-urlencoded");
        Assert.Contains("not application/x-www-form-urlencoded", await AssertProblemAsync(await _client.PostAsync("/api/articles", form), HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_needs_a_valid_api_key()
    {
        var body = new { title = "Unauthorised", text = "This article should never be stored by the site at all." };
        using var missing = await _client.PostAsJsonAsync("/api/articles", body);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", missing.Headers.WwwAuthenticate.ToString());
        await AssertProblemAsync(missing, HttpStatusCode.Unauthorized);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) };
        wrong.Headers.Add("X-Api-Key", "not-the-key");
        await AssertProblemAsync(await _client.SendAsync(wrong), HttpStatusCode.Unauthorized);
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/articles?q=unauthorised");
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_published_article_gets_a_slug_a_location_and_a_page()
    {
        // A site of its own: the shared one keeps exactly the five seeded articles for the listing tests.
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        using var response = await PublishAsync(client, new
        {
            title = "Tram line opens to the new hospital",
            html = "<p onclick=\"steal()\">The new tram line to the hospital opened on Monday morning.</p><p>Trams run every ten minutes.</p>"
                + "<img src=\"x\" onerror=\"steal()\"><a href=\"javascript:steal()\">link</a>",
            category = "Travel",
            tags = new[] { "trams", "health" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("tram-line-opens-to-the-new-hospital", created.GetProperty("slug").GetString());
        Assert.Equal("/articles/tram-line-opens-to-the-new-hospital", response.Headers.Location!.OriginalString);
        var html = created.GetProperty("html").GetString()!;
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        using var page = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("{\"text\":\"A body without a title.\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"title\":\"Both\",\"text\":\"Some text here.\",\"html\":\"<p>Some html</p>\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"title\":\"Neither\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"title\":\"Bad language\",\"text\":\"Some text here.\",\"language\":\"english!\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"title\":\"Bad language\",\"text\":\"Some text here.\",\"language\":\"xx\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"title\":\"Bad url\",\"text\":\"Some text here.\",\"sourceUrl\":\"file:///etc/passwd\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"title\":\"No words\",\"html\":\"<p> </p><script>x()</script>\"}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"title\":", HttpStatusCode.BadRequest)]
    [InlineData("[1,2,3]", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task A_bad_article_is_refused_with_a_problem(string json, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        await AssertProblemAsync(await _client.SendAsync(request), status);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/summarize") { Content = new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded") };
        await AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Summarize_takes_text_and_returns_exact_spans()
    {
        const string text = "The river flooded the lower town on Tuesday night. Forty homes were evacuated before dawn.\n"
            + "Engineers said the old flood wall had cracked in two places. Repairs will start when the water falls.\n"
            + "The mayor asked residents to stay with friends until the weekend.";
        using var response = await _client.PostAsJsonAsync("/api/summarize", new { text, sentences = 2 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        var sentences = summary.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.Equal(2, sentences.Length);
        foreach (var s in sentences)
            Assert.Equal(text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()), s.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Pasted_text_that_is_html_is_read_as_the_cli_reads_a_file_of_it()
    {
        const string page = "<html><head><title>Flood</title></head><body><p>The river flooded the lower town on Tuesday night.</p>"
            + "<p>Forty homes were evacuated before dawn.</p><p>Repairs will start when the water falls.</p></body></html>";
        using var response = await _client.PostAsJsonAsync("/api/summarize", new { text = page, sentences = 2 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sentences = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sentences").EnumerateArray().Select(x => x.GetProperty("text").GetString()).ToArray();
        Assert.Equal(2, sentences.Length);
        Assert.All(sentences, x => Assert.DoesNotContain("<", x, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summarize_takes_html_and_reads_only_its_text()
    {
        const string html = "<html><head><title>Flood</title><script>var x = 1;</script></head><body>"
            + "<p>The river flooded the lower town on Tuesday night.</p><p>Forty homes were evacuated before dawn.</p>"
            + "<p>Engineers said the old flood wall had cracked in two places.</p></body></html>";
        using var response = await _client.PostAsJsonAsync("/api/summarize", new { html, sentences = 3, lang = "en" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        var all = string.Join(" ", summary.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Contains("flooded", all, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"a\",\"html\":\"<p>b</p>\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"Some words here.\",\"sentences\":0}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"Some words here.\",\"lang\":\"not a language\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"Some words here.\",\"lang\":\"xx\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"Some words here.\",\"lang\":\"tlh\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"   \"}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"text\":\"!!! ??? ...\"}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"url\":\"ftp://example.org/x\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"url\":\"http://127.0.0.1:9/page\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"url\":\"http://10.0.0.1/page\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"url\":\"http://169.254.169.254/latest/meta-data\"}", HttpStatusCode.BadRequest)]
    public async Task Bad_summarize_requests_are_refused_with_a_problem(string json, HttpStatusCode status)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        await AssertProblemAsync(await _client.PostAsync("/api/summarize", content), status);
    }

    [Fact]
    public async Task The_openapi_document_answers_head_as_get()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/openapi/v1.json"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/json", head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_is_reported_at_healthz()
    {
        Assert.Equal("Healthy", JsonDocument.Parse(await _client.GetStringAsync("/healthz")).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{slug}", "/api/articles/{slug}/summary", "/api/summarize" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        Assert.False(paths.TryGetProperty("/articles/{slug}", out _));
        var summaryParameters = paths.GetProperty("/api/articles/{slug}/summary").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
        Assert.Superset(new HashSet<string?> { "slug", "length", "sentences", "words", "ratio", "method" }, summaryParameters.ToHashSet());
        var listParameters = paths.GetProperty("/api/articles").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "page", "pageSize", "category", "q" }, listParameters);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.True(paths.GetProperty("/api/articles").GetProperty("post").TryGetProperty("security", out _));
        Assert.False(paths.GetProperty("/api/articles").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem() =>
        await AssertProblemAsync(await _client.DeleteAsync("/api/articles"), HttpStatusCode.MethodNotAllowed);

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem() =>
        await AssertProblemAsync(await _client.GetAsync("/api/nothing"), HttpStatusCode.NotFound);

    internal static async Task<HttpResponseMessage> PublishAsync(HttpClient client, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", SiteFactory.ApiKey);
        return await client.SendAsync(request);
    }

    /// <summary>Asserts a problem+json answer with <paramref name="status"/> and returns its detail.</summary>
    internal static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            var detail = problem.GetProperty("detail").GetString();
            Assert.False(string.IsNullOrWhiteSpace(detail));
            return detail!;
        }
    }
}
