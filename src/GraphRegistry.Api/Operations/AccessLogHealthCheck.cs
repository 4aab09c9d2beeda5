using GraphRegistry.Api.AccessLog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRegistry.Api.Operations;

/// <summary>Ready only when the access log can record: without it every read fails closed.</summary>
public sealed class AccessLogHealthCheck(AccessLogWriter writer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(writer.Healthy
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The access log writer stopped or its last commit failed."));
}
