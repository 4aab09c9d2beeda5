using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Benchmarks;

/// <summary>
/// The privacy pipeline and the access log can be switched off to measure their cost in
/// Development, never anywhere else. The first start-up check, so a refusal comes before the
/// database is opened, created or migrated.
/// </summary>
public sealed class BenchmarkStartupCheck(IOptions<BenchmarkOptions> benchmarks, IOptions<AccessLogOptions> accessLog, IHostEnvironment environment) : StartupCheck
{
    protected override Task CheckAsync(CancellationToken cancellationToken)
    {
        if (environment.IsDevelopment())
        {
            return Task.CompletedTask;
        }

        if (!benchmarks.Value.PrivacyPipeline)
        {
            throw Refusal($"{BenchmarkOptions.Section}:PrivacyPipeline=false", "the registry never serves data without its privacy pipeline");
        }

        if (!accessLog.Value.Enabled)
        {
            throw Refusal($"{AccessLogOptions.Section}:Enabled=false", "the registry never runs without its access log");
        }

        return Task.CompletedTask;
    }

    private static RegistryStartupException Refusal(string setting, string why) =>
        new($"{setting} is only for measurements in Development; {why}. Start-up stopped; nothing was changed.");
}
