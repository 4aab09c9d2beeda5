using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    public static IServiceCollection AddStatistics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatisticsOptions>().Bind(configuration.GetSection(StatisticsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StatisticsOptions>, StatisticsOptionsValidator>();
        services.AddSingleton<QuestionBudget>();
        services.AddSingleton<StatisticsUtility>();
        return services.AddSingleton<StatisticsService>();
    }
}
