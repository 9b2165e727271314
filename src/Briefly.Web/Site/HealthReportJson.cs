using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefly.Web.Site;

/// <summary>
/// /healthz as JSON: the overall status and each check's status and one-line description, so a monitor sees
/// "Degraded: writes fail: the disk holding the database is full", not just a word. Exception details stay in the log.
/// </summary>
public static class HealthReportJson
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                // Library checks (PostgreSQL, Redis) say why only in their exception, which names internal hosts; the
                // public page says no more than that the server does not answer (the log has the rest).
                json.WriteString("description", entry.Description ?? (entry.Status == HealthStatus.Healthy ? null : "does not answer"));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }
}
