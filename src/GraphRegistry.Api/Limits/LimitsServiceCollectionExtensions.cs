namespace GraphRegistry.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>Query limits and agency quotas: defaults from the Limits section, overrides from each agency.</summary>
    public static IServiceCollection AddLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LimitsOptions>(configuration.GetSection(LimitsOptions.Section));
        services.AddSingleton<EffectiveLimits>();
        services.AddSingleton<AgencyQuotaGuard>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution, QueryShapeCheck>();
        return services;
    }
}
