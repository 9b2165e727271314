using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefly.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Briefly.Web.Tests.Hardening;

/// <summary>Article images are shown through the site: readers' browsers never call the image's own server.</summary>
public sealed class ArticleImageTests : IAsyncLifetime
{
    // A 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private WebApplication _images = null!;
    private string _base = null!;
    private int _hits;

    public async Task InitializeAsync()
    {
        _images = await LoopbackSite.StartAsync(app =>
        {
            app.MapGet("/pixel.png", () =>
            {
                Interlocked.Increment(ref _hits);
                return Results.Bytes(Png, "image/png");
            });
            app.MapGet("/drawing.svg", () => Results.Text("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "image/svg+xml"));
        });
        _base = _images.Urls.Single();
    }

    public async Task DisposeAsync() => await _images.DisposeAsync();

    private async Task<string> PublishAsync(HttpClient client)
    {
        var html = $"<p>The ferry returned to the harbour on Monday.</p><figure><img src=\"{_base}/pixel.png\" alt=\"The ferry\"></figure>"
            + $"<p>Passengers queued from dawn to board it.</p><p><img src=\"{_base}/drawing.svg\" alt=\"A drawing\"></p><p>The captain waved from the bridge.</p>";
        using var response = await ApiTests.PublishAsync(client, new { title = "Ferry returns", html });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString()!;
    }

    [Fact]
    public async Task The_page_points_its_images_at_the_site_which_fetches_them_once_and_passes_only_raster_images()
    {
        using var factory = new SiteFactory(new() { ["Briefly:Fetch:AllowPrivateNetwork"] = "true" });
        using var client = factory.CreateClient();
        var slug = await PublishAsync(client);

        using var page = await client.GetAsync($"/articles/{slug}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain(_base, html, StringComparison.Ordinal);
        Assert.Contains($"src=\"/articles/{slug}/images/0\"", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"/articles/{slug}/images/1\"", html, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:;", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        for (var i = 0; i < 3; i++)
        {
            using var image = await client.GetAsync($"/articles/{slug}/images/0");
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        }
        Assert.Equal(1, _hits);

        await ApiTests.AssertProblemAsync(await client.GetAsync($"/articles/{slug}/images/1"), HttpStatusCode.BadGateway);
        await ApiTests.AssertProblemAsync(await client.GetAsync($"/articles/{slug}/images/2"), HttpStatusCode.NotFound);
        await ApiTests.AssertProblemAsync(await client.GetAsync("/articles/no-such-article/images/0"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_image_on_a_private_address_is_not_fetched_without_the_allowance()
    {
        using var factory = new SiteFactory();
        using var client = factory.CreateClient();
        var slug = await PublishAsync(client);
        await ApiTests.AssertProblemAsync(await client.GetAsync($"/articles/{slug}/images/0"), HttpStatusCode.NotFound);
        Assert.Equal(0, _hits);
    }
}
