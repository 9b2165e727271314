namespace Briefly.Ingest.Fetching;

/// <summary>The image types the site serves from its own address. SVG can carry script, so it is not among them.</summary>
public static class ImageTypes
{
    private static readonly HashSet<string> Raster = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/gif", "image/webp", "image/avif",
    };

    public static bool IsRaster(string? contentType) => contentType is not null && Raster.Contains(contentType);
}
