using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRegistry.Api.Operations;

/// <summary>
/// /health/ready's body: the overall status and each check's status and description, so an
/// operator sees why a node is degraded (agency reads moved off the replica) or unready. The
/// descriptions name no host, connection string or value: readiness is unauthenticated.
/// </summary>
public static class ReadinessReport
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
