using System.Text;
using System.Text.RegularExpressions;

namespace Briefly.Ingest.Fetching;

/// <summary>
/// The encoding of a body, fetched or read from a file: a byte-order mark first (it cannot lie), then the HTTP
/// header's charset, then what the document declares in its first kilobytes (<c>&lt;?xml encoding&gt;</c>,
/// <c>&lt;meta charset&gt;</c>, <c>http-equiv</c>), then UTF-8 when the bytes are valid UTF-8, else what UTF.Unknown's
/// detector finds (windows-1251, KOI8-R, Latin-1 ...), else UTF-8 with replacement characters.
/// </summary>
public static partial class Charsets
{
    private const int SniffBytes = 4096;

    static Charsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? headerCharset)
    {
        var encoding = Detect(bytes, headerCharset, out var bom);
        return encoding.GetString(bytes[bom..]);
    }

    /// <summary>The encoding called <paramref name="name"/> ("windows-1251", "koi8-r", "latin1"), or null when none is.</summary>
    public static Encoding? Find(string? name) => Named(name);

    public static Encoding Detect(ReadOnlySpan<byte> bytes, string? headerCharset, out int bomLength)
    {
        bomLength = 0;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bomLength = 3;
            return Encoding.UTF8;
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            bomLength = 2;
            return Encoding.Unicode;
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }
        if (Named(headerCharset) is { } fromHeader)
            return fromHeader;
        // Declarations are ASCII in every encoding a page may use, so Latin-1 reads them without loss.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var declared = XmlDeclaration().Match(head) is { Success: true } xml ? xml.Groups[1].Value
            : MetaCharset().Match(head) is { Success: true } meta ? meta.Groups[1].Value
            : null;
        if (Named(declared) is { } fromDocument)
            return fromDocument;
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return Encoding.UTF8;
        return UtfUnknown.CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, DetectBytes)]).Detected?.Encoding is { } detected
            and not UnicodeEncoding and not UTF32Encoding
            ? detected
            : Encoding.UTF8;
    }

    // Enough text for the detector's statistics to settle; reading a whole 10 MB file would only cost time.
    private const int DetectBytes = 64 * 1024;

    private static Encoding? Named(string? name)
    {
        name = name?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(name))
            return null;
        try
        {
            var encoding = Encoding.GetEncoding(name);
            // A page that says UTF-16 but reached us without a byte-order mark is ASCII-compatible in practice.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null; // an unknown name, or one .NET refuses (UTF-7): fall back to the next source
        }
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
