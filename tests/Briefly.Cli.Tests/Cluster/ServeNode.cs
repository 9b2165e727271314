using System.Diagnostics;
using System.Net.Sockets;

namespace Briefly.Cli.Tests.Cluster;

/// <summary>One `briefly serve` node as a child process on a free loopback port, stopped (or killed) by the test.</summary>
public sealed class ServeNode : IAsyncDisposable
{
    public const string ApiKey = "cluster-key-0123456789";

    private readonly Process _process;

    private ServeNode(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public int Port => Url.Port;

    /// <summary>Starts a node on <paramref name="database"/> and <paramref name="redis"/>, polling feeds every second when <paramref name="polling"/>.</summary>
    public static async Task<ServeNode> StartAsync(string database, string redis, bool polling, int leaseSeconds = 3)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "briefly.dll"), "serve", "--urls", url.AbsoluteUri.TrimEnd('/'),
                     "--db", database, "--redis", redis, "--allow-private-network" })
            start.ArgumentList.Add(a);
        start.Environment["Briefly__ApiKeys__0"] = ApiKey;
        start.Environment["Briefly__Feeds__CheckSeconds"] = polling ? "1" : "0";
        start.Environment["Briefly__Feeds__LeaseSeconds"] = leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Briefly__TrustedProxies__0"] = "127.0.0.1";
        var process = Process.Start(start)!;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null && errors.Count < 50)
                errors.Enqueue(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new ServeNode(process, url);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                throw new InvalidOperationException($"briefly serve exited with {process.ExitCode}: {string.Join('\n', errors)}");
            }
            try
            {
                if ((await client.GetAsync(new Uri(url, "/healthz"))).IsSuccessStatusCode)
                    return node;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        await node.DisposeAsync();
        throw new TimeoutException("briefly serve did not become healthy");
    }

    /// <summary>kill -9: no shutdown, no cleanup.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
