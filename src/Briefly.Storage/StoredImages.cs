namespace Briefly.Storage;

/// <summary>The checks every store makes before it keeps an image.</summary>
public static class StoredImages
{
    /// <exception cref="ArgumentException">No bytes, too many, or no source or type.</exception>
    public static void Check(StoredImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Bytes.Length == 0 || image.Bytes.Length > StoredImage.MaxBytes)
            throw new ArgumentException($"An image must hold 1 to {StoredImage.MaxBytes} bytes.", nameof(image));
        if (string.IsNullOrWhiteSpace(image.SourceUrl) || image.SourceUrl.Length > DraftRules.MaxUrlLength || string.IsNullOrWhiteSpace(image.ContentType))
            throw new ArgumentException("An image needs its source URL and content type.", nameof(image));
    }
}
