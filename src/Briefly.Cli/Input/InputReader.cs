using System.Text;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Input;

namespace Briefly.Cli.Input;

/// <summary>Reads an input (a file, standard input or a URL) as text; <see cref="TextInput"/> normalizes it.</summary>
public static class InputReader
{
    /// <summary>Larger inputs are refused rather than summarized slowly: no news article is near this.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static InputText Read(string source, bool allowPrivateNetwork)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            return FromUrl(url, allowPrivateNetwork);
        var bytes = source == "-" ? ReadStdin() : ReadFile(source);
        return FromBytes(bytes, source == "-" ? "standard input" : source);
    }

    /// <summary>The input exactly as given (UTF-8 for files and standard input, the page's charset for a URL),
    /// with the address it came from (after redirects) for a URL; nothing is extracted.</summary>
    public static RawInput ReadRaw(string source, bool allowPrivateNetwork)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            using var fetcher = new PageFetcher(new FetchOptions { AllowPrivateNetwork = allowPrivateNetwork });
            var page = fetcher.FetchAsync(url).GetAwaiter().GetResult();
            return new RawInput(page.Body, page.Url);
        }
        var bytes = source == "-" ? ReadStdin() : ReadFile(source);
        return new RawInput(Decode(bytes, source == "-" ? "standard input" : source), null);
    }

    public static InputText FromBytes(byte[] bytes, string name) => TextInput.FromText(Decode(bytes, name));

    private static string Decode(byte[] bytes, string name)
    {
        if (bytes.Length > MaxBytes)
            throw new UsageException($"{name} is {bytes.Length / 1024.0 / 1024.0:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB");
        if (LooksBinary(bytes))
            throw new UsageException($"{name} looks like binary data, not text");
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"{name} is not valid UTF-8 text");
        }
    }

    private static InputText FromUrl(Uri url, bool allowPrivateNetwork)
    {
        using var fetcher = new PageFetcher(new FetchOptions { AllowPrivateNetwork = allowPrivateNetwork });
        var page = fetcher.FetchAsync(url).GetAwaiter().GetResult();
        return TextInput.FromText(page.Body);
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
