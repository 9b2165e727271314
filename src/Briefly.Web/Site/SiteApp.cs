using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Briefly.Ingest.Feeds;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Import;
using Briefly.Storage;
using Briefly.Web.Api;
using Briefly.Web.Articles;
using Briefly.Web.Feed;
using Briefly.Web.Feeds;
using Briefly.Web.Pages;
using Briefly.Web.Summaries;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Site;

/// <summary>Builds the site: services, middleware and endpoints. Used by `briefly serve`, Program and the tests.</summary>
public static class SiteApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The application; its store is migrated (and the demo seeded when asked) as it starts.</summary>
    public static WebApplication Create(string[] args) => Build(WebApplication.CreateBuilder(args));

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Razor components bring data protection along; the site signs nothing with it, so its key warning is noise.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        var services = builder.Services;
        services.Configure<SiteOptions>(builder.Configuration.GetSection(SiteOptions.Section));
        var site = builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>() ?? new SiteOptions();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = site.MaxRequestBytes + 64 * 1024);

        services.AddSingleton<IArticleStore>(sp => ArticleStores.Open(sp.GetRequiredService<IOptions<SiteOptions>>().Value.Database));
        services.AddMemoryCache(o => o.SizeLimit = site.MemoryCacheMegabytes * 1024L * 1024);
        // Russian pages would otherwise carry every Cyrillic letter as an &#x...; entity, three times the bytes.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<SummaryService>();
        services.AddSingleton<ChromeProvider>();
        services.AddSingleton<JsonBody>();
        services.AddSingleton<SummarizeAdmission>();
        services.AddSingleton<WrongKeyThrottle>();
        // One fetcher for the process: its HttpClient pools connections, and its handler is costly to build.
        services.AddSingleton(sp => new PageFetcher(new FetchOptions
        {
            AllowPrivateNetwork = sp.GetRequiredService<IOptions<SiteOptions>>().Value.Fetch.AllowPrivateNetwork,
        }));
        services.AddHostedService<StoreInitializer>();
        services.AddSingleton(sp => new ArticleImporter(
            sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<PageFetcher>(), ExtractedPageContent.Extract, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new FeedRefresher(
            sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<ArticleImporter>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FeedRefresher>>()));
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        if (site.AllowedHosts.Count > 0)
            services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [.. site.AllowedHosts]);
        if (site.TrustedProxies.Count > 0)
            services.Configure<ForwardedHeadersOptions>(o => TrustProxies(o, site.TrustedProxies));
        services.AddProblemDetails();
        services.AddRazorComponents();
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiKeySecurityScheme>();
            o.AddOperationTransformer<ApiKeySecurityScheme>();
        });
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return new ValueTask(Problems.Of(StatusCodes.Status429TooManyRequests, "too many summaries requested; try again in a few seconds").ExecuteAsync(context.HttpContext));
            };
            o.AddPolicy(SummarizeApi.RateLimitPolicy, context => SummarizeLimit(context, site.SummarizePerMinute));
        });

        var app = builder.Build();
        if (site.TrustedProxies.Count > 0)
            app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when ArticleStores.Unavailability(e) is not null => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
            ExceptionHandler = ErrorAsync,
        });
        app.UseStatusCodePages(StatusPageAsync);
        app.UseSecurityHeaders();
        // HEAD is answered by the GET handlers; the body goes nowhere, whatever server runs the site.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
                context.Response.Body = Stream.Null;
            return next(context);
        });
        app.UseRateLimiter();

        PageEndpoints.Map(app);
        ArticleImageProxy.Map(app);
        ArticlesApi.Map(app);
        SummarizeApi.Map(app);
        FeedsApi.Map(app);
        SiteFeed.Map(app);
        StaticAssets.Map(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportJson.WriteAsync }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapOpenApi().WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }

    private static void TrustProxies(ForwardedHeadersOptions options, IEnumerable<string> proxies)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (System.Net.IPNetwork.TryParse(proxy, out var network))
                options.KnownIPNetworks.Add(network);
            else if (System.Net.IPAddress.TryParse(proxy, out var address))
                options.KnownProxies.Add(address);
            else
                throw new InvalidOperationException($"Briefly:TrustedProxies holds '{proxy}', which is neither an IP address nor a CIDR network");
        }
    }

    // A token bucket per client: `perMinute` tokens a minute, refilled evenly, with ten seconds' worth as the burst.
    private static RateLimitPartition<string> SummarizeLimit(HttpContext context, int perMinute)
    {
        if (perMinute <= 0)
            return RateLimitPartition.GetNoLimiter("off");
        return RateLimitPartition.GetTokenBucketLimiter(ClientKeys.Of(context), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, perMinute / 6),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
        });
    }

    // The exception is logged by the middleware; the reader gets a page, a program gets problem+json. Nothing here
    // touches the store, which may be what failed.
    private static async Task ErrorAsync(HttpContext context)
    {
        var code = context.Response.StatusCode;
        var unavailable = context.Features.Get<IExceptionHandlerFeature>()?.Error is { } error ? ArticleStores.Unavailability(error) : null;
        if (unavailable is not null)
            context.Response.Headers.RetryAfter = "30";
        if (IsReaderRequest(context))
        {
            var name = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.SiteName;
            var page = (RazorComponentResult)PageEndpoints.Message(
                new SiteChrome(name, []), "Something went wrong", "The page could not be shown just now. Please try again in a moment.", code);
            await page.ExecuteAsync(context);
            return;
        }
        var detail = unavailable is not null ? $"the site cannot store anything just now ({unavailable}); try again later"
            : code >= 500 ? "an unexpected error occurred; it has been logged"
            : Problems.TitleOf(code);
        await Problems.Of(code, detail).ExecuteAsync(context);
    }

    private static bool IsReaderRequest(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/healthz");

    // Errors without a body get one: problem+json for the API and for non-GET requests, a page for readers.
    private static async Task StatusPageAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        if (code == StatusCodes.Status404NotFound && IsReaderRequest(context))
        {
            var chrome = await context.RequestServices.GetRequiredService<ChromeProvider>().GetAsync(cancellationToken: context.RequestAborted);
            var page = (RazorComponentResult)PageEndpoints.NotFound(chrome, "Page not found", "There is nothing at this address.");
            await page.ExecuteAsync(context);
            return;
        }
        if (code == StatusCodes.Status415UnsupportedMediaType)
            context.Response.Headers["Accept-Post"] = "application/json";
        await Problems.Of(code, DetailOf(code, context)).ExecuteAsync(context);
    }

    private static string DetailOf(int code, HttpContext context) => code switch
    {
        404 => $"nothing at {context.Request.Path}",
        415 => string.IsNullOrEmpty(context.Request.ContentType)
            ? "send the body as application/json (the request has no Content-Type)"
            : $"send the body as application/json, not {context.Request.ContentType}",
        405 => $"{context.Request.Method} is not allowed on {context.Request.Path}",
        _ => Problems.TitleOf(code),
    };
}
