namespace GraphRegistry.Api.Privacy;

/// <summary>Where the encryption key ring and the blind-index key live.</summary>
public sealed class KeyMaterialOptions
{
    public const string Section = "Registry:Keys";

    /// <summary>Folder of the Data Protection key ring; relative paths are under the data directory.</summary>
    public string KeyRingDirectory { get; set; } = "keys";

    /// <summary>File holding the base64 blind-index key; relative paths are under the data directory.</summary>
    public string BlindIndexKeyFile { get; set; } = "blind-index.key";

    /// <summary>
    /// Outside Development, new keys are made only when this is set, for the first start of an
    /// empty registry; otherwise a missing key stops start-up instead of being generated silently.
    /// </summary>
    public bool AllowKeyGeneration { get; set; }

    /// <summary>PKCS#12 file of the certificate that encrypts the key ring at rest; none leaves it unencrypted.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// How long a node keeps the key ring before reading it again, so a key made by rotate-keys
    /// (another process or node) becomes the key new values are encrypted under within this time.
    /// </summary>
    public TimeSpan RingRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
