namespace GraphRegistry.Api.Verification;

public static class VerificationServiceCollectionExtensions
{
    /// <summary>The verifier and the in-process administrative sources over local reference data.</summary>
    public static IServiceCollection AddVerification(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<VerificationOptions>(configuration.GetSection(VerificationOptions.Section));
        services.AddSingleton<AdministrativeRecords>();
        services.AddSingleton<SimulatedLatency>();
        services.AddSingleton<IAdministrativeSource, CivilRegistrySource>();
        services.AddSingleton<IAdministrativeSource, SocialSecuritySource>();
        services.AddSingleton<IAdministrativeSource, UtilitiesSource>();
        services.AddSingleton<HouseholdVerifier>();
        return services;
    }
}
