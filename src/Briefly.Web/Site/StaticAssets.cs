using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Briefly.Web;

/// <summary>
/// The stylesheet, script and icon, embedded in the assembly (the site needs no files beside it) and served
/// under content-hashed URLs so browsers may keep them for a year.
/// </summary>
public static class StaticAssets
{
    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    public static string Url(string name) => Assets.TryGetValue(name, out var a) ? $"/static/{name}?v={a.Version}" : $"/static/{name}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapRead("/static/{name}", (string name, HttpContext context) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
                return Results.NotFound();
            var etag = $"\"{asset.Version}\"";
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=300";
            if (context.Request.Headers.IfNoneMatch == etag)
                return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Bytes(asset.Bytes, asset.ContentType);
        }).ExcludeFromDescription();
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith("static/", StringComparison.Ordinal))
                continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var name = resource["static/".Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            assets[name] = new Asset(bytes, type, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]);
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string Version);
}
