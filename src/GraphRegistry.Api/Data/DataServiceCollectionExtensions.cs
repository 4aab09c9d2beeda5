using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphRegistry.Api.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The registry database: EF Core on a SQLite file, pooled contexts, migrations at start-up.</summary>
    public static IServiceCollection AddRegistryData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RegistryDataOptions>(configuration.GetSection(RegistryDataOptions.Section));
        services.AddSingleton<RegistryDataDirectory>();
        services.AddSingleton<RegistryConnectionString>();
        services.AddSingleton<PersonalDataPresence>();

        // Resolvers run in parallel, so each batch load takes its own short-lived context from the pool.
        services.AddPooledDbContextFactory<RegistryDbContext>((provider, options) => options
            .UseSqlite(provider.GetRequiredService<RegistryConnectionString>().Value)
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext());
        services.AddScoped<RegistryDatabaseInitializer>();
        services.AddHostedService<RegistryStartup>();
        return services;
    }
}
