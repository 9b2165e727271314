using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Briefly.Summarization.Llm;
using Briefly.Web.Api;
using Briefly.Web.Articles;
using Briefly.Web.Cluster;
using Briefly.Web.Feeds;
using Briefly.Web.Localization;
using Briefly.Web.Pages;
using Briefly.Web.Summaries;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace Briefly.Web.Site;

/// <summary>The site's parts, one registration each, so that <see cref="SiteApp"/> reads as a table of contents.</summary>
public static class SiteServices
{
    /// <summary>Migrates the store (and seeds the demo) before the first request, and reports it at /healthz.</summary>
    public static IServiceCollection AddStoreStartup(this IServiceCollection services)
    {
        services.AddHostedService<StoreInitializer>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary>Summaries of stored articles (cached, and made in the background for lists) and of any text (admitted by cost).</summary>
    public static IServiceCollection AddArticleSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSummaries(configuration);
        services.AddSingleton<SummaryService>();
        services.AddSingleton<SummarizeAdmission>();
        services.AddSingleton<ListSummaries>();
        services.AddHostedService(sp => sp.GetRequiredService<ListSummaries>());
        return services;
    }

    /// <summary>The reader's pages: articles through a memory cache, the site chrome, interface text, Razor components.</summary>
    public static IServiceCollection AddSitePages(this IServiceCollection services, SiteOptions site)
    {
        services.AddMemoryCache(o => o.SizeLimit = site.MemoryCacheMegabytes * 1024L * 1024);
        // Russian pages would otherwise carry every Cyrillic letter as an &#x...; entity, three times the bytes.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<ArticleWrites>();
        services.AddSingleton<ChromeProvider>();
        services.AddSingleton<ListEntries>();
        services.AddLocalization();
        services.AddSingleton<PageLanguage>();
        services.AddRazorComponents();
        return services;
    }

    /// <summary>The JSON API: bodies, keys and their throttle, problem details, OpenAPI, the summarize rate limit.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services, SiteOptions site)
    {
        services.AddSingleton<JsonBody>();
        services.AddSingleton<WrongKeyThrottle>();
        services.AddProblemDetails();
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiKeySecurityScheme>();
            o.AddOperationTransformer<ApiKeySecurityScheme>();
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) =>
            {
                // A shared (Redis) bucket does not say when; the next token is at most seconds away.
                context.HttpContext.Response.Headers.RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture)
                    : "10";
                return new ValueTask(Problems.Of(StatusCodes.Status429TooManyRequests, "too many summaries requested; try again in a few seconds").ExecuteAsync(context.HttpContext));
            };
            o.AddPolicy(SummarizeApi.RateLimitPolicy, context => SummarizeLimit(context, site.SummarizePerMinute));
        });
        return services;
    }

    /// <summary>The background poller that refreshes due feeds (see <see cref="Ingest.Feeds.FeedRefresher"/>).</summary>
    public static IServiceCollection AddFeedPolling(this IServiceCollection services)
    {
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        return services;
    }

    /// <summary>Allowed hosts and trusted proxies (<see cref="SiteOptions.AllowedHosts"/>, <see cref="SiteOptions.TrustedProxies"/>).</summary>
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, SiteOptions site)
    {
        if (site.AllowedHosts.Count > 0)
            services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [.. site.AllowedHosts]);
        if (site.TrustedProxies.Count > 0)
            services.Configure<ForwardedHeadersOptions>(o => TrustProxies(o, site.TrustedProxies));
        return services;
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

    // A token bucket per client: `perMinute` tokens a minute, refilled evenly, with ten seconds' worth as the burst;
    // shared by every node when the site has a Redis (ClientBudgets).
    private static RateLimitPartition<string> SummarizeLimit(HttpContext context, int perMinute) =>
        perMinute <= 0
            ? RateLimitPartition.GetNoLimiter("off")
            : context.RequestServices.GetRequiredService<ClientBudgets>().Partition(
                "summaries", new BudgetRule(Math.Max(1, perMinute / 6), 1, TimeSpan.FromMinutes(1) / perMinute), ClientKeys.Of(context));
}
