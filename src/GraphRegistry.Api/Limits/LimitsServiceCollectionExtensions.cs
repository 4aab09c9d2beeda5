using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>Query limits and agency quotas: defaults from the Limits section, overrides from each agency.</summary>
    public static IServiceCollection AddLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LimitsOptions>(configuration.GetSection(LimitsOptions.Section));
        services.AddSingleton<EffectiveLimits>();

        // One node on SQLite counts in memory; nodes sharing PostgreSQL count in it, or each would grant the whole quota.
        services.AddSingleton<IAgencyQuotaCounter>(provider => provider.GetRequiredService<RegistryDatabase>().Provider == DatabaseProvider.PostgreSql
            ? ActivatorUtilities.CreateInstance<PostgreSqlAgencyQuotaCounter>(provider)
            : ActivatorUtilities.CreateInstance<InMemoryAgencyQuotaCounter>(provider));
        services.AddSingleton<AgencyQuotaGuard>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution, QueryShapeCheck>();
        return services;
    }
}
