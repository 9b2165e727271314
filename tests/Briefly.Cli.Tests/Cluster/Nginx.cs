using System.Diagnostics;

namespace Briefly.Cli.Tests.Cluster;

/// <summary>Debian's nginx on a free loopback port, balancing round robin over the given nodes, in a folder of its own.</summary>
public sealed class Nginx : IAsyncDisposable
{
    public const string Variable = "BRIEFLY_TEST_NGINX";

    private readonly Process _process;
    private readonly string _folder;

    private Nginx(Process process, string folder, Uri url)
    {
        (_process, _folder, Url) = (process, folder, url);
    }

    public Uri Url { get; }

    public static async Task<Nginx> StartAsync(params int[] ports)
    {
        var program = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(program))
            throw new InvalidOperationException($"{Variable} is not set: run scripts/test, which installs nginx for the cluster test.");
        var folder = Path.Combine(Path.GetTempPath(), "briefly-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = ServeNode.FreePort();
        // The site part is deploy/nginx-briefly.conf as shipped, with this test's ports.
        var site = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "nginx-briefly.conf"))
            .Replace("    server 127.0.0.1:5081;\n    server 127.0.0.1:5082;\n", string.Concat(ports.Select(p => $"    server 127.0.0.1:{p};\n")), StringComparison.Ordinal)
            .Replace("listen 127.0.0.1:8080;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        if (!site.Contains($"listen 127.0.0.1:{port};", StringComparison.Ordinal) || !site.Contains($"server 127.0.0.1:{ports[0]};", StringComparison.Ordinal))
            throw new InvalidOperationException("deploy/nginx-briefly.conf no longer has the lines this test fills in");
        File.WriteAllText(Path.Combine(folder, "briefly.conf"), site);
        // As root, nginx's workers would otherwise run as nobody, who cannot write to this folder.
        var user = Environment.UserName == "root" ? "user root;\n" : "";
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            {{user}}worker_processes 1;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/briefly.conf;
            }
            """);
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf") })
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        var nginx = new Nginx(process, folder, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
                throw new InvalidOperationException("nginx exited: " + await process.StandardError.ReadToEndAsync());
            try
            {
                await client.GetAsync(new Uri(nginx.Url, "/healthz"));
                return nginx;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        await nginx.DisposeAsync();
        throw new TimeoutException("nginx did not start");
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
