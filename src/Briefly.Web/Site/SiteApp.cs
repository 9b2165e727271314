using System.Globalization;
using Briefly.Ingest;
using Briefly.Ingest.Fetching;
using Briefly.Storage;
using Briefly.Storage.Postgres;
using Briefly.Storage.Sqlite;
using Briefly.Web.Api;
using Briefly.Web.Articles;
using Briefly.Web.Cluster;
using Briefly.Web.Discovery;
using Briefly.Web.Feed;
using Briefly.Web.Localization;
using Briefly.Web.Pages;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Localization;
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

        services.AddSingleton(TimeProvider.System);
        services.AddSqliteStore().AddPostgresStore().AddArticleStore(sp => Site(sp).Database);
        services.AddStoreStartup();
        services.AddIngest(
            sp => new FetchOptions { AllowPrivateNetwork = Site(sp).Fetch.AllowPrivateNetwork },
            sp => TimeSpan.FromSeconds(Math.Max(1, Site(sp).Feeds.LeaseSeconds)));
        services.AddSharedCache(site);
        services.AddArticleSummaries(builder.Configuration);
        services.AddSitePages(site);
        services.AddApi(site);
        services.AddFeedPolling();
        services.AddReverseProxySupport(site);

        var app = builder.Build();
        // A database no backend can open is a configuration error: said now, not as a failed hosted service.
        _ = app.Services.GetRequiredService<IArticleStore>();
        if (site.TrustedProxies.Count > 0)
            app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when Unavailability(app.Services, e) is not null => StatusCodes.Status503ServiceUnavailable,
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
        LeadImageEndpoint.Map(app);
        ArticlesApi.Map(app);
        SummarizeApi.Map(app);
        FeedsApi.Map(app);
        SiteFeed.Map(app);
        Sitemap.Map(app);
        Robots.Map(app);
        StaticAssets.Map(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportJson.WriteAsync }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapOpenApi().WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }

    private static SiteOptions Site(IServiceProvider services) => services.GetRequiredService<IOptions<SiteOptions>>().Value;

    private static string? Unavailability(IServiceProvider services, Exception e) =>
        services.GetRequiredService<IArticleStore>().Unavailability(e);

    // The exception is logged by the middleware; the reader gets a page, a program gets problem+json. Nothing here
    // touches the store, which may be what failed.
    private static async Task ErrorAsync(HttpContext context)
    {
        var code = context.Response.StatusCode;
        var unavailable = context.Features.Get<IExceptionHandlerFeature>()?.Error is { } error ? Unavailability(context.RequestServices, error) : null;
        if (unavailable is not null)
            context.Response.Headers.RetryAfter = "30";
        if (IsReaderRequest(context))
        {
            var name = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.SiteName;
            var (culture, text) = SiteText(context);
            await PageEndpoints.Message(culture, new SiteChrome(name, []), text["SomethingWrong"], text["TryAgainSoon"], code).ExecuteAsync(context);
            return;
        }
        var detail = unavailable is not null ? $"the site cannot store anything just now ({unavailable}); try again later"
            : code >= 500 ? "an unexpected error occurred; it has been logged"
            : Problems.TitleOf(code);
        await Problems.Of(code, detail).ExecuteAsync(context);
    }

    // The site's language, set here too so that the lookups below use it.
    private static (CultureInfo Culture, IStringLocalizer<SiteText> Text) SiteText(HttpContext context)
    {
        var culture = PageLanguage.Use(context.RequestServices.GetRequiredService<PageLanguage>().Site);
        return (culture, context.RequestServices.GetRequiredService<IStringLocalizer<SiteText>>());
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
            var (culture, text) = SiteText(context);
            await PageEndpoints.NotFound(culture, chrome, text["PageNotFound"], text["NothingHere"]).ExecuteAsync(context);
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
