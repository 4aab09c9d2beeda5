using GraphRegistry.Api.Eligibility.Scoring;

namespace GraphRegistry.Api.Eligibility;

public static class EligibilityServiceCollectionExtensions
{
    public static IServiceCollection AddEligibility(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ScoringOptions>(configuration.GetSection(ScoringOptions.Section));
        services.AddSingleton<ScoreModelProvider>();
        services.AddSingleton<HouseholdScorer>();
        services.AddSingleton<BulkRescorer>();
        services.AddSingleton<ThresholdPublisher>();
        services.AddSingleton<ScoreModelPublisher>();
        services.AddScoped<LatestScoreByHouseholdLoader>();
        services.AddScoped<LatestDecisionsByHouseholdLoader>();
        return services;
    }
}
