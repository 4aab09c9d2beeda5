using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Registration;

public static class RegistrationServiceCollectionExtensions
{
    /// <summary>Registration, new declaration versions and membership changes.</summary>
    public static IServiceCollection AddRegistration(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeclarationOptions>(configuration.GetSection(DeclarationOptions.Section));
        services.AddSingleton<NewPersons>();
        services.AddSingleton<HouseholdRegistrar>();
        services.AddSingleton<DeclarationSubmitter>();
        services.AddSingleton<MembershipChanger>();
        return services;
    }
}
