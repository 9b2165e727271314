using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Briefly.Cli.Tests.Support;

namespace Briefly.Cli.Tests;

public class ExtractCommandTests
{
    private const string Page =
        "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Harbour bridge reopens | The Daily Example</title>"
        + "<meta property=\"og:title\" content=\"Harbour bridge reopens\"><meta name=\"author\" content=\"Ann Lee\">"
        + "<meta property=\"article:published_time\" content=\"2025-03-04T09:30:00Z\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Harbour bridge reopens</h1>"
        + "<div class=\"share-bar\"><a href=\"https://facebook.example/share\">Facebook</a> <a href=\"mailto:?\">Email</a></div>"
        + "<p>The city's old harbour bridge reopened to traffic on Tuesday after a six-month repair that cost the council "
        + "fourteen million pounds, officials said at a short ceremony on the quay.</p>"
        + "<figure><img src=\"https://cdn.example/bridge.jpg\" alt=\"\"><figcaption>The bridge at dawn. Photo: Jane Roe</figcaption></figure>"
        + "<p>Engineers replaced 240 corroded steel cables and resurfaced the entire deck, working mostly at night so that "
        + "river traffic could keep moving underneath the span.</p>"
        + "<p>A second phase of work, to repaint the towers, is planned for next summer. <a href=\"/more\">Read more</a></p>"
        + "</article></body></html>";

    [Fact]
    public void Text_format_prints_title_blank_line_then_paragraphs()
    {
        var result = BrieflyProcess.Run(Page, "extract");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("Harbour bridge reopens", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("The city's old harbour bridge reopened", lines[2], StringComparison.Ordinal);
        Assert.Equal("A second phase of work, to repaint the towers, is planned for next summer.", lines[4]);
        foreach (var furniture in new[] { "Home", "Facebook", "Jane Roe", "Read more" })
            Assert.DoesNotContain(furniture, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_has_the_contract_fields()
    {
        var result = BrieflyProcess.Run(Page, "extract", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("Harbour bridge reopens", root.GetProperty("title").GetString());
        Assert.Equal("Ann Lee", root.GetProperty("byline").GetString());
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero), root.GetProperty("published").GetDateTimeOffset());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal(3, root.GetProperty("text").GetString()!.Split('\n').Length);
        var html = root.GetProperty("html").GetString()!;
        Assert.StartsWith("<p>The city's old harbour bridge", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_file()
    {
        var path = BrieflyProcess.TempFile(Page, ".html");
        try
        {
            var result = BrieflyProcess.Run((string?)null, "extract", path);
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("Harbour bridge reopens\n\nThe city's", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("Just a line of plain text, not a page.")]
    [InlineData("<html><body><nav>Home</nav></body></html>")]
    public void Unusable_input_exits_2_with_one_line(string input)
    {
        var result = BrieflyProcess.Run(input, "extract");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("briefly: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_beyond_the_limits_exits_2()
    {
        var deep = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 600)) + "text</body></html>";
        var result = BrieflyProcess.Run(deep, "extract");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("512", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_thousand_empty_elements_side_by_side_are_refused_with_exit_code_2()
    {
        var wide = "<html><body><p>The council met on Monday.</p>" + string.Concat(Enumerable.Repeat("<i></i>", 50_000)) + "</body></html>";
        var result = BrieflyProcess.Run(wide, "extract");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("side by side", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_address_is_refused_without_the_flag()
    {
        var result = BrieflyProcess.Run((string?)null, "extract", "http://127.0.0.1:9/page.html");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("private", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_url_is_fetched_and_its_links_resolve_against_it()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var serve = ServeOnceAsync(listener, Page.Replace("repaint the towers", "repaint <a href=\"/towers\">the towers</a>", StringComparison.Ordinal));
        var result = await Task.Run(() => BrieflyProcess.Run((string?)null, "extract", $"http://127.0.0.1:{port}/news/bridge", "--format", "json", "--allow-private-network"));
        await serve;
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Contains($"href=\"http://127.0.0.1:{port}/towers\"", doc.RootElement.GetProperty("html").GetString()!, StringComparison.Ordinal);
    }

    private static async Task ServeOnceAsync(TcpListener listener, string html)
    {
        using var client = await listener.AcceptTcpClientAsync();
        using var stream = client.GetStream();
        var buffer = new byte[8192];
        var request = new StringBuilder();
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
                return;
            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        var body = Encoding.UTF8.GetBytes(html);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head);
        await stream.WriteAsync(body);
    }
}
