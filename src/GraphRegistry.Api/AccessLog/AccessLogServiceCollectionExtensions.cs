namespace GraphRegistry.Api.AccessLog;

public static class AccessLogServiceCollectionExtensions
{
    public static IServiceCollection AddAccessLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessLogOptions>(configuration.GetSection(AccessLogOptions.Section));
        services.AddSingleton<AccessLogChain>();
        services.AddSingleton<AccessLogHead>();
        services.AddSingleton<AccessLogWriter>();
        services.AddSingleton<AccessLogVerifier>();
        services.AddSingleton<SyntheticLogSeeder>();
        services.AddSingleton<AccessLogArchiver>();
        services.AddHostedService<AccessLogPartitionMaintenance>();
        services.AddSingleton<AccessRecordingMiddleware>();
        services.AddScoped<AccessRecorder>();
        return services;
    }
}
