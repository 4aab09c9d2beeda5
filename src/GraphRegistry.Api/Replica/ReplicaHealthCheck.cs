using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Replica;

/// <summary>
/// Readiness names where agency reads go. A replica that is down or too far behind makes the node
/// degraded, not unready: it still serves every read, from the primary.
/// </summary>
public sealed class ReplicaHealthCheck(ReadReplica replica, IOptions<ReplicaOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = replica.Status;
        var description = status.Describe(options.Value.MaxLag);
        return Task.FromResult(status.ServesReads || status.State == ReplicaState.NotConfigured
            ? HealthCheckResult.Healthy(description)
            : HealthCheckResult.Degraded(description));
    }
}
