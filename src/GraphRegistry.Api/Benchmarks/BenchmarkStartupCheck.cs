using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Benchmarks;

/// <summary>The privacy pipeline can be switched off to measure its cost in Development, never anywhere else.</summary>
public sealed class BenchmarkStartupCheck(IOptions<BenchmarkOptions> options, IHostEnvironment environment) : StartupCheck
{
    public override Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.PrivacyPipeline || environment.IsDevelopment()
            ? Task.CompletedTask
            : throw new RegistryStartupException($"{BenchmarkOptions.Section}:PrivacyPipeline=false is only for measurements in Development; the registry never serves data without its privacy pipeline.");
}
