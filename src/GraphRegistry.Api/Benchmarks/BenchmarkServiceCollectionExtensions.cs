namespace GraphRegistry.Api.Benchmarks;

public static class BenchmarkServiceCollectionExtensions
{
    /// <summary>Measurement-only switches (this section's and Registry:AccessLog:Enabled), refused at start-up outside Development.</summary>
    public static IServiceCollection AddBenchmarkSwitches(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BenchmarkOptions>(configuration.GetSection(BenchmarkOptions.Section));
        services.AddHostedService<BenchmarkStartupCheck>();
        return services;
    }
}
