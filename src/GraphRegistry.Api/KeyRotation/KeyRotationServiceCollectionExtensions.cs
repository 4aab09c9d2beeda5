namespace GraphRegistry.Api.KeyRotation;

public static class KeyRotationServiceCollectionExtensions
{
    /// <summary>rotate-keys (re-encryption onto a new key, re-indexing under a new blind-index key, both resumable) and the start-up refusal of values under revoked keys.</summary>
    public static IServiceCollection AddKeyRotation(this IServiceCollection services)
    {
        services.AddSingleton<RevokedKeyGuard>();
        services.AddSingleton<ReEncryptor>();
        services.AddSingleton<ReIndexer>();
        services.AddSingleton<KeyRotationRuns>();
        return services;
    }
}
