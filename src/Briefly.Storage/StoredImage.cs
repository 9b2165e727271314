namespace Briefly.Storage;

/// <summary>A copy of an article's lead image as fetched from <paramref name="SourceUrl"/>: what the site serves instead of linking to it.</summary>
public sealed record StoredImage(string SourceUrl, string ContentType, byte[] Bytes)
{
    /// <summary>Larger images are not kept.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;
}
