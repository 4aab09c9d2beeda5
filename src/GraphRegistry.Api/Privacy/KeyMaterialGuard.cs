using System.Security.Cryptography;
using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Runs before migrations and before anything is encrypted: if personal data exists, its keys
/// must exist too. On an empty registry it creates the blind-index key; the Data Protection key
/// ring creates its first key on first use.
/// </summary>
public sealed class KeyMaterialGuard(KeyMaterialPaths paths, PersonalDataPresence presence, IOptions<KeyMaterialOptions> options, IHostEnvironment environment, ILogger<KeyMaterialGuard> logger)
{
    public async Task EnsureKeysMatchDataAsync(CancellationToken cancellationToken)
    {
        var encryptedRows = await presence.CountEncryptedRowsAsync(cancellationToken);
        var missing = new List<string>();
        if (!paths.KeyRingHasKeys)
        {
            missing.Add($"the Data Protection key ring (no key-*.xml in '{paths.KeyRingDirectory}')");
        }

        if (!File.Exists(paths.BlindIndexKeyFile))
        {
            missing.Add($"the blind-index key ('{paths.BlindIndexKeyFile}')");
        }

        if (encryptedRows > 0 && missing.Count > 0)
        {
            throw new MissingKeyMaterialException(
                $"The registry database holds {encryptedRows} records with encrypted personal fields, but "
                + string.Join(" and ", missing)
                + " is missing. Without it those records cannot be read, and new keys would orphan them. "
                + "Restore the key material from backup (or point Registry:Keys at it) and start again. "
                + "Start-up stopped; nothing was changed.");
        }

        if (missing.Count > 0 && !environment.IsDevelopment() && !options.Value.AllowKeyGeneration)
        {
            throw new MissingKeyMaterialException(
                "Outside Development the registry does not generate keys: "
                + string.Join(" and ", missing)
                + " is missing. Provide the key material under Registry:Keys, or set Registry:Keys:AllowKeyGeneration=true "
                + "once, for the first start of a new registry. Start-up stopped; nothing was changed.");
        }

        if (!File.Exists(paths.BlindIndexKeyFile))
        {
            if (!environment.IsDevelopment())
            {
                logger.LogWarning("Generating the blind-index key and the first Data Protection key, as Registry:Keys:AllowKeyGeneration allows; back them up and turn the switch off");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(paths.BlindIndexKeyFile)!);
            await File.WriteAllTextAsync(
                paths.BlindIndexKeyFile,
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(BlindIndexKey.Length)),
                cancellationToken);
            logger.LogInformation("Created a new blind-index key for an empty registry");
        }
    }
}
