using Briefly.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefly.Web.Site;

/// <summary>
/// Healthy when the store answers a query and takes a write. A store that still reads but cannot write (read-only,
/// disk full) is Degraded: readers are served, publishing and imports fail. One that does not answer is Unhealthy.
/// </summary>
public sealed class StoreHealthCheck(IArticleStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        int count;
        try
        {
            count = await store.CountAsync(cancellationToken);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("the article store does not answer", e);
        }
        try
        {
            await store.ProbeWriteAsync(cancellationToken);
        }
        catch (Exception e) when (store.Unavailability(e) is { } reason)
        {
            return HealthCheckResult.Degraded($"{count} articles; writes fail: {reason}", e);
        }
        return HealthCheckResult.Healthy($"{count} articles");
    }
}
