using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefly.Ingest.Tests.Import;

/// <summary>
/// A real Kestrel server on 127.0.0.1 serving the documents a test puts in it (feeds, pages), each with its
/// own status, content type and bytes; documents can be replaced between requests to play an updated feed.
/// </summary>
public sealed class FeedSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (int Status, string ContentType, byte[] Body)> _documents = new();
    private readonly WebApplication _app;

    private FeedSite(WebApplication app) => _app = app;

    private int _requests;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Requests answered so far, 304s included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FeedSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new FeedSite(app);
        app.Run(async context =>
        {
            if (!site._documents.TryGetValue(context.Request.Path.Value ?? "/", out var document))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            // A validator from the bytes, so an unchanged document answers a conditional request with 304.
            var etag = $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(document.Body))[..16]}\"";
            Interlocked.Increment(ref site._requests);
            if (document.Status == 200 && context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.StatusCode = document.Status;
            context.Response.ContentType = document.ContentType;
            context.Response.Headers.ETag = etag;
            await context.Response.Body.WriteAsync(document.Body);
        });
        await app.StartAsync();
        site.BaseUrl = new Uri(app.Urls.Single());
        return site;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public void Put(string path, string contentType, string body, int status = 200) =>
        Put(path, contentType, Encoding.UTF8.GetBytes(body), status);

    public void Put(string path, string contentType, byte[] body, int status = 200) =>
        _documents[path] = (status, contentType, body);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
