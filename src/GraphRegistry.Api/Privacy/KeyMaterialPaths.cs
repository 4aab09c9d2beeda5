using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Privacy;

/// <summary>The resolved, absolute locations of the key material.</summary>
public sealed class KeyMaterialPaths(IOptions<KeyMaterialOptions> keys, RegistryDataDirectory dataDirectory)
{
    public string KeyRingDirectory { get; } = dataDirectory.Resolve(keys.Value.KeyRingDirectory);

    public string BlindIndexKeyFile { get; } = dataDirectory.Resolve(keys.Value.BlindIndexKeyFile);

    public bool KeyRingHasKeys =>
        Directory.Exists(KeyRingDirectory) && Directory.EnumerateFiles(KeyRingDirectory, "key-*.xml").Any();
}
