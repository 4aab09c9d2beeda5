namespace GraphRegistry.Api.Privacy;

/// <summary>Where the encryption key ring and the blind-index key live.</summary>
public sealed class KeyMaterialOptions
{
    public const string Section = "Registry:Keys";

    /// <summary>Folder of the Data Protection key ring; relative paths are under the data directory.</summary>
    public string KeyRingDirectory { get; set; } = "keys";

    /// <summary>File holding the base64 blind-index key; relative paths are under the data directory.</summary>
    public string BlindIndexKeyFile { get; set; } = "blind-index.key";
}
