using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphRegistry.Api.Operations;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Traces and metrics of <see cref="RegistryTelemetry"/>, exported over OTLP when an endpoint is
    /// configured (OTEL_EXPORTER_OTLP_ENDPOINT). ASP.NET Core's own HTTP instrumentation is left out
    /// on purpose: it records URLs, and a GET request's URL carries the query and its variables.
    /// </summary>
    public static IServiceCollection AddRegistryTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(RegistryTelemetry.Name))
            .WithTracing(tracing =>
            {
                tracing.AddSource(RegistryTelemetry.Name);
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(RegistryTelemetry.Name);
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
