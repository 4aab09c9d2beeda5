using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

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

        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (configuration.GetSection(KeyMaterialOptions.Section).Get<KeyMaterialOptions>() is { CertificatePath: { Length: > 0 } certificate } keys)
        {
            // The key ring's keys are written encrypted to this certificate, and read back with it.
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, keys.CertificatePassword));
        }

        services.AddOptions<KeyManagementOptions>()
            .Configure<KeyMaterialPaths, ILoggerFactory>((options, paths, loggers) =>
                options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.KeyRingDirectory), loggers));

        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<BlindIndex>();
        services.AddSingleton<SchemaCatalog>();
        services.AddSingleton<AccessViewProvider>();
        services.AddSingleton<Masking.FieldMasker>();
        services.AddScoped<RequestAccess>();
        return services;
    }
}
