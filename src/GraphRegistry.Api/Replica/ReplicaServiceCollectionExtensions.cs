using System.Globalization;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Operations;
using Microsoft.EntityFrameworkCore;
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
        CheckDurations(configuration);
        services.Configure<ReplicaOptions>(configuration.GetSection(ReplicaOptions.Section));
        services.AddSingleton(provider => new ReadReplica(
            database,
            provider.GetRequiredService<IDbContextFactory<RegistryDbContext>>(),
            provider.GetRequiredService<IOptions<ReplicaOptions>>(),
            provider.GetRequiredService<ILogger<ReadReplica>>()));
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

    private static void CheckDurations(IConfiguration configuration)
    {
        foreach (var name in new[] { nameof(ReplicaOptions.MaxLag), nameof(ReplicaOptions.CheckInterval) })
        {
            var key = $"{ReplicaOptions.Section}:{name}";
            if (configuration[key] is { } text && (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration) || duration <= TimeSpan.Zero))
            {
                throw new RegistryStartupException($"{key} is '{text}', which is not a positive duration (hh:mm:ss). Start-up stopped; nothing was changed.");
            }
        }
    }
}
