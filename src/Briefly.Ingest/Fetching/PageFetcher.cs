using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Briefly.Ingest.Fetching;

public sealed record FetchOptions
{
    public bool AllowPrivateNetwork { get; init; }
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    public int MaxRedirects { get; init; } = 5;
}

public sealed record FetchedPage(Uri Url, string ContentType, string Body);

/// <summary>Fetches one page over HTTP(S) within size, time and network limits.</summary>
public sealed class PageFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;

    public PageFetcher(FetchOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            MaxAutomaticRedirections = options.MaxRedirects,
            ConnectTimeout = options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = options.Timeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Briefly/0.1 (+summarizer)");
    }

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        if (url.Scheme is not ("http" or "https"))
            throw new FetchException($"only http and https URLs can be fetched: {url}") { IsRefused = true };
        try
        {
            using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new FetchException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
                throw new FetchException($"{url} is larger than the {_options.MaxBytes / 1024 / 1024} MB limit");
            var bytes = await ReadLimitedAsync(response.Content, cancellationToken);
            var contentType = response.Content.Headers.ContentType?.MediaType ?? "";
            var charset = response.Content.Headers.ContentType?.CharSet;
            return new FetchedPage(response.RequestMessage?.RequestUri ?? url, contentType, Decode(bytes, charset));
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"{url} did not answer within {_options.Timeout.TotalSeconds:0} s", e);
        }
        catch (HttpRequestException e) when (e.InnerException is FetchException refused)
        {
            // The connect callback's own refusal, wrapped by the handler: keep its message and its kind.
            throw new FetchException(refused.Message, e) { IsRefused = refused.IsRefused };
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"cannot fetch {url}: {Innermost(e).Message}", e);
        }
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
                throw new FetchException($"response is larger than the {_options.MaxBytes / 1024 / 1024} MB limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes, string? charset)
    {
        var encoding = Encoding.UTF8;
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset name: UTF-8 is the web's default.
            }
        }
        return encoding.GetString(bytes);
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = _options.AllowPrivateNetwork ? addresses : Array.FindAll(addresses, NetworkGuard.IsPublic);
        if (allowed.Length == 0)
            throw new FetchException($"refusing to fetch from {host}: it resolves to a loopback or private address (allow with --allow-private-network)") { IsRefused = true };
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
            e = e.InnerException;
        return e;
    }

    public void Dispose() => _client.Dispose();
}
