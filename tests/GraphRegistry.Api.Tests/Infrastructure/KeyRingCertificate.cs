using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>A self-signed certificate in a PKCS#12 file, as Registry:Keys:CertificatePath expects, to encrypt a key ring to.</summary>
public static class KeyRingCertificate
{
    private const string TestPassword = "test-key-ring";

    private static readonly Lazy<string> TestFile = new(() =>
    {
        var file = Path.Combine(Path.GetTempPath(), "graphregistry-tests", $"key-ring-{Environment.ProcessId}.pfx");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        Write(file, TestPassword);
        return file;
    });

    /// <summary>
    /// Registry:Keys:CertificatePath and CertificatePassword of one self-signed certificate per test
    /// run: what a registry outside Development needs to start (its key ring encrypted at rest).
    /// </summary>
    public static IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string>
    {
        ["Registry:Keys:CertificatePath"] = TestFile.Value,
        ["Registry:Keys:CertificatePassword"] = TestPassword,
    };

    public static void Write(string file, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=GraphRegistry key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(file, created.Export(X509ContentType.Pkcs12, password));
    }
}
