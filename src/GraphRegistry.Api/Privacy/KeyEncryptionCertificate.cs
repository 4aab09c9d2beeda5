using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.Privacy;

/// <summary>The certificate the key ring is encrypted to (Registry:Keys:CertificatePath, a PKCS#12 file, and its password).</summary>
public static class KeyEncryptionCertificate
{
    /// <summary>Loads it while the services are registered: a file that is missing, unreadable or without its private key stops start-up, naming the setting.</summary>
    public static X509Certificate2 Load(KeyMaterialOptions keys)
    {
        var path = keys.CertificatePath!;
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, keys.CertificatePassword);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or CryptographicException)
        {
            // The loader's message says why (no such file, wrong password) and never the password.
            throw new RegistryStartupException(
                $"{KeyMaterialGuard.CertificatePathSetting} is '{path}', which cannot be read as a PKCS#12 certificate with "
                + $"{KeyMaterialGuard.CertificatePasswordSetting}: {unreadable.Message.TrimEnd('.')}. Start-up stopped; nothing was changed.",
                unreadable);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new RegistryStartupException(
                $"{KeyMaterialGuard.CertificatePathSetting} is '{path}', a certificate without its private key: the key ring could be "
                + "encrypted to it but never read back. Give the PKCS#12 file that holds the private key. Start-up stopped; nothing was changed.");
        }

        return certificate;
    }
}
