using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>A self-signed certificate in a PKCS#12 file, as Registry:Keys:CertificatePath expects, to encrypt a key ring to.</summary>
public static class KeyRingCertificate
{
    public static void Write(string file, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=GraphRegistry key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(file, created.Export(X509ContentType.Pkcs12, password));
    }
}
