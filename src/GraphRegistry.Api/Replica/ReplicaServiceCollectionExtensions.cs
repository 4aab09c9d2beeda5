using GraphRegistry.Api.Operations;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Replica;

public static class ReplicaServiceCollectionExtensions
{
    /// <summary>
    /// The read replica (<c>ConnectionStrings:RegistryReplica</c>, optional): agency queries read
    /// households and persons there while it is within Registry:Replica:MaxLag; everything else, and
    /// every read when it is absent, down or behind, goes to the primary.
    /// </summary>
    public static IServiceCollection AddReadReplica(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked now, so a replica beside SQLite or an unreadable string stops start-up before anything runs.
        var database = ReplicaDatabase.From(configuration);
        services.AddOptions<ReplicaOptions>()
            .Bind(configuration.GetSection(ReplicaOptions.Section))
            .Validate(o => o.MaxLag > TimeSpan.Zero && o.CheckInterval > TimeSpan.Zero, "Registry:Replica:MaxLag and Registry:Replica:CheckInterval must be positive durations.")
            .ValidateOnStart();
        services.AddSingleton(provider => new ReadReplica(database, provider.GetRequiredService<IOptions<ReplicaOptions>>(), provider.GetRequiredService<ILogger<ReadReplica>>()));
        services.AddScoped<RegistryReads>();
        if (database is null)
        {
            return services;
        }

        services.AddSingleton<ReplicaLagMonitor>();
        services.AddHostedService<ReplicaStartupCheck>();
        services.AddHostedService(provider => provider.GetRequiredService<ReplicaLagMonitor>());
        services.AddHealthChecks().AddCheck<ReplicaHealthCheck>("replica", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
