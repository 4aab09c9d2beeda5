using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GraphRegistry.Api.Operations;

/// <summary>/health/live: the process answers. /health/ready: it can serve reads (database and access log), and where agency reads go (the replica, when one is configured).</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddRegistryHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<AccessLogHealthCheck>("access-log", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = ReadinessReport.WriteAsync });
        return endpoints;
    }
}
