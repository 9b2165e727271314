using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefly.Cli.Tests.Support;

namespace Briefly.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_demo_creates_the_configured_database_and_serves_the_site_until_stopped()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"briefly-serve-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "demo.db");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        // The database comes from the environment, as configuration may set it: `serve` must not override it.
        start.Environment["Briefly__Database"] = db;
        foreach (var a in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "briefly.dll"), "serve", "--demo", "--urls", $"http://127.0.0.1:{port}" })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            string? health = null;
            for (var i = 0; i < 300 && health is null && !process.HasExited; i++)
            {
                try
                {
                    health = await http.GetStringAsync("/healthz");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }
            Assert.Equal("Healthy", System.Text.Json.JsonDocument.Parse(health!).RootElement.GetProperty("status").GetString());
            Assert.True(File.Exists(db));
            var home = await http.GetStringAsync("/");
            Assert.Contains("No time to read? Get a summary", home, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
        Assert.Contains("Published 14 demo articles", await output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", await errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:70000")]
    [InlineData("not-an-address")]
    [InlineData("ftp://127.0.0.1:21")]
    public void A_bad_listen_address_is_one_line_and_exit_2(string urls)
    {
        var result = BrieflyProcess.Run((string?)null, "serve", "--urls", urls);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Contains("--urls", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_one_line_and_exit_1()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var result = BrieflyProcess.Run((string?)null, "serve", "--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(Path.GetTempPath(), $"unused-{Guid.NewGuid():N}.db"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"briefly: 127.0.0.1:{port} is already in use; choose another port with --urls", result.Stderr.Trim());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
