using Briefly.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefly.Web.Site;

/// <summary>Healthy when the store answers a query.</summary>
public sealed class StoreHealthCheck(IArticleStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await store.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{count} articles");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("the article store does not answer", e);
        }
    }
}
