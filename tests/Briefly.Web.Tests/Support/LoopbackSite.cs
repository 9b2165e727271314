using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefly.Web.Tests.Support;

/// <summary>Another site for the one under test to fetch from: real Kestrel on 127.0.0.1, a free port.</summary>
public static class LoopbackSite
{
    /// <summary>Started with the routes <paramref name="map"/> adds; the caller disposes it. Its address is <c>Urls.Single()</c>.</summary>
    public static async Task<WebApplication> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }
}
