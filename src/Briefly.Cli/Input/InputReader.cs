using System.Text;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Input;

namespace Briefly.Cli.Input;

/// <summary>Reads an input (a file, standard input or a URL) as text, through the input path the API uses too (<see cref="SummaryInput"/>).</summary>
public static class InputReader
{
    /// <summary>Larger inputs are refused rather than summarized slowly: no news article is near this.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <param name="source">A file, "-" for standard input, or an http(s) URL.</param>
    /// <param name="allowPrivateNetwork">Whether a URL may point at loopback or private addresses.</param>
    /// <param name="encoding">For a file or standard input, the encoding's name when the caller knows it
    /// (<c>--encoding</c>); otherwise it is detected as for a fetched page (<see cref="Charsets"/>). A URL's
    /// encoding comes from the server and the page.</param>
    /// <param name="cancellationToken">Stops a fetch.</param>
    /// <exception cref="UsageException">The input cannot be read or used (missing, binary, too large, HTML beyond the limits).</exception>
    public static async Task<InputText> ReadAsync(string source, bool allowPrivateNetwork, string? encoding = null, CancellationToken cancellationToken = default)
    {
        var raw = await ReadRawAsync(source, allowPrivateNetwork, encoding, cancellationToken);
        try
        {
            return await SummaryInput.ReadAsync(new SummarySource(Text: raw.Text), null, cancellationToken);
        }
        catch (SummaryInputException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The input's text before any extraction, with the address it came from (after redirects) for a URL.</summary>
    public static async Task<RawInput> ReadRawAsync(string source, bool allowPrivateNetwork, string? encoding = null, CancellationToken cancellationToken = default)
    {
        var forced = encoding is null ? null : Charsets.Find(encoding) ?? throw new UsageException($"unknown encoding: {encoding} (try utf-8, windows-1251, koi8-r or latin1)");
        if (Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            using var fetcher = new PageFetcher(new FetchOptions { AllowPrivateNetwork = allowPrivateNetwork });
            var page = await fetcher.FetchAsync(url, cancellationToken);
            return new RawInput(page.Body, page.Url);
        }
        var bytes = source == "-" ? ReadStdin() : ReadFile(source);
        return new RawInput(Decode(bytes, source == "-" ? "standard input" : source, forced), null);
    }

    private static string Decode(byte[] bytes, string name, Encoding? forced)
    {
        if (bytes.Length > MaxBytes)
            throw new UsageException($"{name} is {bytes.Length / 1024.0 / 1024.0:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB");
        if (forced is not null)
            return forced.GetString(bytes);
        // UTF-16 is full of NUL bytes; with its byte-order mark it is text all the same.
        var utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!utf16 && LooksBinary(bytes))
            throw new UsageException($"{name} looks like binary data, not text");
        return Charsets.Decode(bytes, null);
    }

    private static byte[] ReadFile(string path)
    {
        if (Directory.Exists(path))
            throw new UsageException($"{path} is a directory, not a file");
        if (!File.Exists(path))
            throw new UsageException($"no such file: {path}");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
            throw new UsageException($"{path} is {length / 1024.0 / 1024.0:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB");
        return File.ReadAllBytes(path);
    }

    private static byte[] ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[65536];
        int read;
        while ((read = stdin.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                throw new UsageException($"standard input is larger than the {MaxBytes / 1024 / 1024} MB limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    // NUL bytes or many control characters in the first 8 KB: no text file looks like that.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
                return true;
            if (b < 32 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 12))
                control++;
        }
        return head.Length > 0 && control * 20 > head.Length;
    }
}

/// <summary>An input before any extraction: its text and, for a fetched page, its address.</summary>
public sealed record RawInput(string Text, Uri? Url);
