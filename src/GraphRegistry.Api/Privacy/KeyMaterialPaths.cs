using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Privacy;

/// <summary>The resolved, absolute locations of the key material.</summary>
public sealed class KeyMaterialPaths(IOptions<KeyMaterialOptions> keys, RegistryDataDirectory dataDirectory)
{
    public string KeyRingDirectory { get; } = dataDirectory.Resolve(keys.Value.KeyRingDirectory);

    public string BlindIndexKeyFile { get; } = dataDirectory.Resolve(keys.Value.BlindIndexKeyFile);

    /// <summary>The file of a secret: the blind-index key where configured, the others in its folder.</summary>
    public string SecretFile(KeySecret secret) => secret switch
    {
        KeySecret.BlindIndex => BlindIndexKeyFile,
        KeySecret.NextBlindIndex => Beside("blind-index.next.key"),
        KeySecret.AccessLogChain => Beside("access-log-chain.key"),
        _ => Beside("pseudonym.key"),
    };

    public bool KeyRingHasKeys =>
        Directory.Exists(KeyRingDirectory) && Directory.EnumerateFiles(KeyRingDirectory, "key-*.xml").Any();

    private string Beside(string name) => Path.Combine(Path.GetDirectoryName(BlindIndexKeyFile)!, name);
}
