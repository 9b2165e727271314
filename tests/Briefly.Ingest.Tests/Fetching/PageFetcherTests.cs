using System.Net;
using System.Net.Sockets;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Input;

namespace Briefly.Ingest.Tests.Fetching;

[CollectionDefinition(nameof(DefaultProxyCollection), DisableParallelization = true)]
public sealed class DefaultProxyCollection;

// In the collection that runs alone: one test changes the process-wide HttpClient.DefaultProxy.
[Collection(nameof(DefaultProxyCollection))]
public class PageFetcherTests
{
    private static readonly FetchOptions AllowLoopback = new() { AllowPrivateNetwork = true, Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Fetches_a_page_with_its_content_type_and_charset()
    {
        using var server = LoopbackServer.Answering(LoopbackServer.Response("200 OK", "text/plain; charset=utf-8", "Мост открыт. The bridge is open."));
        using var fetcher = new PageFetcher(AllowLoopback);
        var page = await fetcher.FetchAsync(server.Url("/article"));
        Assert.Equal("text/plain", page.ContentType);
        Assert.Equal("Мост открыт. The bridge is open.", page.Body);
        Assert.Equal(server.Url("/article"), page.Url);
    }

    [Fact]
    public async Task A_fetched_page_normalizes_like_any_other_input()
    {
        const string Body = "\uFEFFFirst line of the story.\r\nSecond line of the story.\r\n";
        using var server = LoopbackServer.Answering(LoopbackServer.Response("200 OK", "text/plain; charset=utf-8", Body));
        using var fetcher = new PageFetcher(AllowLoopback);
        var page = await fetcher.FetchAsync(server.Url());
        Assert.Equal(new InputText("First line of the story.\nSecond line of the story.\n", null, false), TextInput.FromText(page.Body));
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/")]
    [InlineData("http://localhost:{0}/")]
    public async Task Loopback_is_refused_without_the_allowance_before_any_connection(string url)
    {
        using var server = LoopbackServer.Answering(LoopbackServer.Response("200 OK", "text/plain", "secret"));
        using var fetcher = new PageFetcher(new FetchOptions());
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, server.Port))));
        Assert.True(e.IsRefused);
        Assert.Contains("private", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Connections);
    }

    [Theory]
    [InlineData("ftp://example.com/file.txt")]
    [InlineData("file:///etc/passwd")]
    public async Task Other_schemes_are_refused(string url)
    {
        using var fetcher = new PageFetcher(new FetchOptions());
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));
        Assert.True(e.IsRefused);
    }

    [Fact]
    public async Task A_closed_port_is_one_plain_line_without_socket_details()
    {
        var url = new Uri($"http://127.0.0.1:{ClosedPort()}/article");
        using var fetcher = new PageFetcher(AllowLoopback);
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(url));
        Assert.False(e.IsRefused);
        Assert.Equal($"cannot fetch {url}: the server did not accept the connection", e.Message);
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_a_dns_failure()
    {
        // .invalid never resolves (RFC 6761).
        var url = new Uri("http://no-such-host.invalid/article");
        using var fetcher = new PageFetcher(new FetchOptions { Timeout = TimeSpan.FromSeconds(15) });
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(url));
        Assert.False(e.IsRefused);
        Assert.Equal($"cannot fetch {url}: DNS lookup failed", e.Message);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out()
    {
        using var server = new LoopbackServer((_, token) => Task.Delay(Timeout.Infinite, token));
        using var fetcher = new PageFetcher(AllowLoopback with { Timeout = TimeSpan.FromMilliseconds(500) });
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url()));
        Assert.False(e.IsRefused);
        Assert.Equal($"cannot fetch {server.Url()}: timed out after 0.5 s", e.Message);
    }

    [Fact]
    public async Task A_body_that_trickles_in_times_out_too()
    {
        using var server = new LoopbackServer(async (stream, token) =>
        {
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"u8.ToArray(), token);
            while (true)
            {
                await stream.WriteAsync("x"u8.ToArray(), token);
                await Task.Delay(50, token);
            }
        });
        using var fetcher = new PageFetcher(AllowLoopback with { Timeout = TimeSpan.FromMilliseconds(700) });
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url()));
        Assert.Contains("timed out", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_cut_short_says_so()
    {
        using var server = LoopbackServer.Answering("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\nConnection: close\r\n\r\nonly a little");
        using var fetcher = new PageFetcher(AllowLoopback);
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url()));
        Assert.Equal($"cannot fetch {server.Url()}: the server closed the connection before the response ended", e.Message);
    }

    [Fact]
    public async Task A_response_that_is_not_http_says_so()
    {
        using var server = LoopbackServer.Answering("SSH-2.0-OpenSSH_9.6\r\n");
        using var fetcher = new PageFetcher(AllowLoopback);
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url()));
        Assert.Equal($"cannot fetch {server.Url()}: the server sent an invalid HTTP response", e.Message);
    }

    [Fact]
    public async Task An_error_status_is_reported()
    {
        using var server = LoopbackServer.Answering(LoopbackServer.Response("404 Not Found", "text/plain", "no"));
        using var fetcher = new PageFetcher(AllowLoopback);
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url("/gone")));
        Assert.False(e.IsRefused);
        Assert.Equal($"{server.Url("/gone")} answered 404 Not Found", e.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1/feed.xml")]
    [InlineData("http://10.0.0.1/feed.xml")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/feed.xml")]
    public async Task Private_addresses_are_refused_at_resolution_without_the_allowance(string url)
    {
        using var fetcher = new PageFetcher(new FetchOptions { RetryDelay = TimeSpan.FromMilliseconds(10) });
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(url)));
        Assert.True(e.IsRefused);
        Assert.StartsWith("refusing to fetch from ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transient_failures_are_retried_until_the_page_comes()
    {
        var attempts = 0;
        using var server = new LoopbackServer(async (stream, token) =>
        {
            var response = Interlocked.Increment(ref attempts) <= 2
                ? LoopbackServer.Response("503 Service Unavailable", "text/plain", "busy")
                : LoopbackServer.Response("200 OK", "text/html; charset=utf-8", "<p>Third time lucky.</p>");
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(response), token);
        });
        using var fetcher = new PageFetcher(AllowLoopback with { RetryDelay = TimeSpan.FromMilliseconds(50) });
        var page = await fetcher.FetchAsync(server.Url("/busy"));
        Assert.Contains("Third time lucky", page.Body, StringComparison.Ordinal);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task Retries_are_limited_and_a_client_error_is_not_retried()
    {
        using var busy = LoopbackServer.Answering(LoopbackServer.Response("503 Service Unavailable", "text/plain", "busy"));
        using var missing = LoopbackServer.Answering(LoopbackServer.Response("404 Not Found", "text/plain", "no"));
        using var fetcher = new PageFetcher(AllowLoopback with { MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(50) });
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(busy.Url("/")));
        Assert.Contains("503", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, busy.Connections);
        await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(missing.Url("/")));
        Assert.Equal(1, missing.Connections);
    }

    [Fact]
    public async Task Endless_redirects_are_reported()
    {
        using var server = LoopbackServer.Answering("HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var fetcher = new PageFetcher(AllowLoopback with { MaxRedirects = 2 });
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url()));
        Assert.Equal($"cannot fetch {server.Url()}: more than 2 redirects", e.Message);
        Assert.Equal(3, server.Connections);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("gopher://127.0.0.1:70/1", "gopher")]
    [InlineData("ftp://127.0.0.1/pub/file.txt", "ftp")]
    [InlineData("javascript:alert(1)", "javascript")]
    public async Task A_redirect_to_another_scheme_is_refused_with_a_one_line_reason(string location, string scheme)
    {
        using var server = LoopbackServer.Answering($"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var fetcher = new PageFetcher(AllowLoopback);
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url()));
        Assert.True(e.IsRefused);
        Assert.Equal($"cannot fetch {server.Url()}: it redirects to a {scheme}: address; only http and https are followed", e.Message);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task A_redirect_to_another_http_address_is_followed_and_the_final_address_reported()
    {
        using var target = LoopbackServer.Answering(LoopbackServer.Response("200 OK", "text/plain", "Arrived at the new address."));
        using var server = LoopbackServer.Answering($"HTTP/1.1 301 Moved Permanently\r\nLocation: {target.Url("/moved")}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var fetcher = new PageFetcher(AllowLoopback);
        var page = await fetcher.FetchAsync(server.Url("/old"));
        Assert.Equal("Arrived at the new address.", page.Body);
        Assert.Equal(target.Url("/moved"), page.Url);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused()
    {
        using var server = LoopbackServer.Answering(LoopbackServer.Response("200 OK", "text/plain", new string('x', 4096)));
        using var fetcher = new PageFetcher(AllowLoopback with { MaxBytes = 1024 });
        var e = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.Url()));
        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_proxy_is_never_used()
    {
        // Through a proxy the connect callback would check the proxy's address, not the target's.
        using var target = LoopbackServer.Answering(LoopbackServer.Response("200 OK", "text/plain", "direct"));
        using var proxy = LoopbackServer.Answering(LoopbackServer.Response("200 OK", "text/plain", "through the proxy"));
        var saved = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = new WebProxy(proxy.Url()) { BypassProxyOnLocal = false };
        try
        {
            using var fetcher = new PageFetcher(AllowLoopback);
            var page = await fetcher.FetchAsync(target.Url());
            Assert.Equal("direct", page.Body);
            Assert.Equal(0, proxy.Connections);
        }
        finally
        {
            HttpClient.DefaultProxy = saved;
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
