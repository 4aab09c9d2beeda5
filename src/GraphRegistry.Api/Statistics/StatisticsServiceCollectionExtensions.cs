namespace GraphRegistry.Api.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    public static IServiceCollection AddStatistics(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StatisticsOptions>(configuration.GetSection(StatisticsOptions.Section));
        return services.AddSingleton<StatisticsService>();
    }
}
