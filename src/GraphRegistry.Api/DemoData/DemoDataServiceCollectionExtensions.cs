namespace GraphRegistry.Api.DemoData;

public static class DemoDataServiceCollectionExtensions
{
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddSingleton<DemoHouseholdWriter>();
        services.AddSingleton<DemoDataSeeder>();
        return services;
    }
}
