using System.Security.Cryptography.X509Certificates;
using GraphRegistry.Api.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace GraphRegistry.Api.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    private const string ApplicationName = "GraphRegistry";

    /// <summary>Encryption at rest (Data Protection, one purpose per field) and blind indexes.</summary>
    public static IServiceCollection AddPersonalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KeyMaterialOptions>(configuration.GetSection(KeyMaterialOptions.Section));
        services.AddSingleton<KeyMaterialPaths>();
        services.AddSingleton<KeyMaterialGuard>();
        if (RegistryDatabase.ProviderFrom(configuration) == DatabaseProvider.PostgreSql)
        {
            services.AddSingleton<DatabaseKeyRing>();
            services.AddSingleton<IKeyMaterialStore, DatabaseKeyMaterialStore>();
        }
        else
        {
            services.AddSingleton<IKeyMaterialStore, FileKeyMaterialStore>();
        }

        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (configuration.GetSection(KeyMaterialOptions.Section).Get<KeyMaterialOptions>() is { CertificatePath: { Length: > 0 } certificate } keys)
        {
            // The key ring's keys are written encrypted to this certificate, and read back with it.
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, keys.CertificatePassword));
        }

        services.AddOptions<KeyManagementOptions>()
            .Configure<IKeyMaterialStore>((options, keys) => options.XmlRepository = keys.KeyRing);

        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<BlindIndex>();
        services.AddSingleton<SchemaCatalog>();
        services.AddSingleton<AccessViewProvider>();
        services.AddSingleton<Masking.FieldMasker>();
        services.AddScoped<RequestAccess>();
        return services;
    }
}
