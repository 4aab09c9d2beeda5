namespace GraphRegistry.Api.Agencies;

public static class AgencyServiceCollectionExtensions
{
    public static IServiceCollection AddAgencies(this IServiceCollection services)
    {
        services.AddSingleton<GrantValidator>();
        services.AddSingleton<AgencyPolicySeeder>();
        services.AddSingleton<PolicyEditor>();
        return services;
    }
}
