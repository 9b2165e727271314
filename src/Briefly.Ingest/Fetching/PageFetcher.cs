using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Briefly.Ingest.Fetching;

public sealed record FetchOptions
{
    public bool AllowPrivateNetwork { get; init; }
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries after a transient failure (5xx, 408, 429, a dropped connection); never after a refusal.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>The first retry's delay; each further retry waits about twice as long (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>
/// A fetched document with its validators (<c>ETag</c>, <c>Last-Modified</c>) for the next conditional request.
/// <see cref="NotModified"/>: the server answered 304 to a conditional request, and <see cref="Body"/> is empty.
/// </summary>
public sealed record FetchedPage(Uri Url, string ContentType, string Body)
{
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public bool NotModified { get; init; }
}

/// <summary>A fetched body as bytes, with its media type ("image/png") and the address it came from after redirects.</summary>
public sealed record FetchedBytes(Uri Url, string ContentType, byte[] Bytes);

/// <summary>The validators of an earlier response, sent as <c>If-None-Match</c> and <c>If-Modified-Since</c>.</summary>
public sealed record FetchConditions(string? ETag, string? LastModified);

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
            // Redirects are followed by FetchAsync itself, which sees every Location before it is requested: the
            // handler would follow one to another scheme (gopher:, ftp:) as plain HTTP or throw on file:.
            AllowAutoRedirect = false,
            ConnectTimeout = options.Timeout,
            ConnectCallback = ConnectAsync,
            // No proxy, ever: through a proxy (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY) the connect callback would
            // see the proxy's address instead of the target's, and the guard would approve the proxy while the
            // proxy fetched a private or loopback target for us.
            UseProxy = false,
            // One long-lived handler per fetcher (what HttpClientFactory would pool), recycled so DNS changes are seen.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        // A few retries with exponential backoff for what is likely to pass (Microsoft.Extensions.Http.Resilience's
        // transient predicate), inside the overall deadline of FetchAsync; the SSRF guard's refusals are final.
        var retry = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
        {
            retry.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is not HttpRequestException { InnerException: FetchException }
                    && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            });
        }
        _client = new HttpClient(new ResilienceHandler(retry.Build()) { InnerHandler = handler }) { Timeout = options.Timeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Briefly/0.1 (+summarizer)");
    }

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken = default) =>
        FetchAsync(url, null, cancellationToken);

    public async Task<FetchedPage> FetchAsync(Uri url, FetchConditions? conditions, CancellationToken cancellationToken = default)
    {
        var raw = await FetchRawAsync(url, conditions, _options.MaxBytes, cancellationToken);
        if (raw.NotModified)
            return new FetchedPage(raw.Url, "", "") { NotModified = true, ETag = raw.ETag ?? conditions?.ETag, LastModified = raw.LastModified ?? conditions?.LastModified };
        return new FetchedPage(raw.Url, raw.ContentType, Charsets.Decode(raw.Bytes, raw.Charset))
        {
            ETag = raw.ETag,
            LastModified = raw.LastModified,
        };
    }

    /// <summary>
    /// The body's bytes and media type, undecoded (an image, say), within <paramref name="maxBytes"/> and the
    /// fetcher's other limits.
    /// </summary>
    public async Task<FetchedBytes> FetchBytesAsync(Uri url, long maxBytes, CancellationToken cancellationToken = default)
    {
        var raw = await FetchRawAsync(url, null, Math.Min(maxBytes, _options.MaxBytes), cancellationToken);
        return new FetchedBytes(raw.Url, raw.ContentType, raw.Bytes);
    }

    private async Task<RawResponse> FetchRawAsync(Uri url, FetchConditions? conditions, long maxBytes, CancellationToken cancellationToken)
    {
        if (url.Scheme is not ("http" or "https"))
            throw new FetchException($"only http and https URLs can be fetched: {url}") { IsRefused = true };
        // HttpClient.Timeout stops at the response headers; this deadline also covers reading the body, so a
        // server that trickles bytes cannot hold a fetch open.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        try
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                if (conditions?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                    request.Headers.IfNoneMatch.Add(tag);
                if (conditions?.LastModified is { } modified && DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
                    request.Headers.IfModifiedSince = since;
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                var etagValue = response.Headers.ETag?.ToString();
                var lastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
                if (response.StatusCode == HttpStatusCode.NotModified && conditions is not null)
                    return new RawResponse(current, "", null, [], etagValue, lastModified, NotModified: true);
                if ((int)response.StatusCode is >= 300 and < 400)
                {
                    if (hop >= _options.MaxRedirects)
                        throw new FetchException($"cannot fetch {url}: more than {_options.MaxRedirects} redirects");
                    current = RedirectTarget(url, current, response.Headers.Location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw new FetchException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
                if (response.Content.Headers.ContentLength > maxBytes)
                    throw new FetchException($"{url} is larger than the {Megabytes(maxBytes)} limit");
                var bytes = await ReadLimitedAsync(url, response.Content, maxBytes, deadline.Token);
                return new RawResponse(
                    current, response.Content.Headers.ContentType?.MediaType ?? "", response.Content.Headers.ContentType?.CharSet,
                    bytes, etagValue, lastModified, NotModified: false);
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"cannot fetch {url}: timed out after {_options.Timeout.TotalSeconds:0.#} s", e);
        }
        catch (HttpRequestException e) when (e.InnerException is FetchException refused)
        {
            // The connect callback's own refusal, wrapped by the handler: keep its message and its kind.
            throw new FetchException(refused.Message, e) { IsRefused = refused.IsRefused };
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // Never the low-level message: "Connection refused (10.1.2.3:8080)" and its kin would let a caller
            // map hosts and ports through us. One short phrase per kind of failure is all the user needs.
            throw new FetchException($"cannot fetch {url}: {Describe(e)}", e);
        }
    }

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / 1024 / 1024} MB" : $"{bytes / 1024} KB";

    private sealed record RawResponse(Uri Url, string ContentType, string? Charset, byte[] Bytes, string? ETag, string? LastModified, bool NotModified);

    // Where a redirect points, refused unless it is another http(s) address (the connect guard then checks its host
    // like the first one's). An https page that redirects to http is followed: the content is public either way.
    private static Uri RedirectTarget(Uri original, Uri current, Uri? location)
    {
        if (location is null)
            throw new FetchException($"cannot fetch {original}: a redirect without a Location");
        Uri target;
        try
        {
            target = location.IsAbsoluteUri ? location : new Uri(current, location);
        }
        catch (UriFormatException)
        {
            throw new FetchException($"cannot fetch {original}: a redirect to an invalid address") { IsRefused = true };
        }
        if (target.Scheme is not ("http" or "https"))
            throw new FetchException($"cannot fetch {original}: it redirects to a {target.Scheme}: address; only http and https are followed") { IsRefused = true };
        return target;
    }

    /// <summary>A short, detail-free phrase for a failed request.</summary>
    private static string Describe(Exception e)
    {
        var error = e switch
        {
            HttpRequestException request => request.HttpRequestError,
            HttpIOException io => io.HttpRequestError,
            _ => HttpRequestError.Unknown,
        };
        switch (error)
        {
            case HttpRequestError.NameResolutionError:
                return "DNS lookup failed";
            case HttpRequestError.SecureConnectionError:
                return "the secure (TLS) connection could not be established";
            case HttpRequestError.HttpProtocolError or HttpRequestError.InvalidResponse or HttpRequestError.VersionNegotiationError:
                return "the server sent an invalid HTTP response";
            case HttpRequestError.ResponseEnded:
                return "the server closed the connection before the response ended";
            case HttpRequestError.ConfigurationLimitExceeded:
                return "the response exceeded a limit";
        }
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
                return Describe(socket.SocketErrorCode);
            if (inner is TimeoutException)
                return "timed out";
        }
        return error == HttpRequestError.ConnectionError ? "the connection failed"
            : e is IOException ? "the connection failed while reading the response"
            : "the request failed";
    }

    private static string Describe(SocketError error) => error switch
    {
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData or SocketError.NoRecovery => "DNS lookup failed",
        SocketError.ConnectionRefused => "the server did not accept the connection",
        SocketError.TimedOut => "timed out",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown or SocketError.HostDown
            => "the server could not be reached",
        SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown or SocketError.Disconnecting
            => "the server closed the connection",
        _ => "the connection failed",
    };

    private static async Task<byte[]> ReadLimitedAsync(Uri url, HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new FetchException($"{url} is larger than the {Megabytes(maxBytes)} limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Why <paramref name="url"/> would be refused before any request (its scheme, or a host that resolves only to
    /// loopback or private addresses without the allowance), or null. A host that cannot be resolved now is not
    /// refused: that may pass, and fetching it later reports it. For checking a URL when it is given (a feed
    /// subscription) rather than when it is first fetched.
    /// </summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken = default)
    {
        if (url.Scheme is not ("http" or "https"))
            return $"only http and https URLs can be fetched: {url}";
        try
        {
            return (await AllowedAddressesAsync(url.Host, cancellationToken)).Length == 0 ? PrivateAddress(url.Host).Message : null;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    private async Task<IPAddress[]> AllowedAddressesAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        return _options.AllowPrivateNetwork ? addresses : Array.FindAll(addresses, NetworkGuard.IsPublic);
    }

    private static FetchException PrivateAddress(string host) =>
        new($"refusing to fetch from {host}: it resolves to a loopback or private address (allow with --allow-private-network)") { IsRefused = true };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowed = await AllowedAddressesAsync(host, cancellationToken);
        if (allowed.Length == 0)
            throw PrivateAddress(host);
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

    public void Dispose() => _client.Dispose();
}
