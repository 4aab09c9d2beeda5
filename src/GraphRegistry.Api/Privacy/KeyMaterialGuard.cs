using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Checks before migrations and before anything is encrypted: if personal data exists, its keys
/// must exist too. Once the database is migrated it creates what an empty registry lacks: the
/// blind-index key now, the Data Protection key ring's first key on first use.
/// </summary>
public sealed class KeyMaterialGuard(IKeyMaterialStore keys, PersonalDataPresence presence, IOptions<KeyMaterialOptions> options, IHostEnvironment environment, ILogger<KeyMaterialGuard> logger)
{
    /// <summary>
    /// Keys kept in a shared database must be encrypted to a certificate kept elsewhere, or whoever
    /// reads the database (a dump, a backup, a replica) holds the keys with the data.
    /// </summary>
    public void EnsureKeyRingProtected(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql && !environment.IsDevelopment() && string.IsNullOrWhiteSpace(options.Value.CertificatePath))
        {
            throw new MissingKeyMaterialException(
                "On PostgreSQL the key ring is stored in the database, so outside Development it must be encrypted to a certificate: "
                + "set Registry:Keys:CertificatePath (and CertificatePassword) on every node. Start-up stopped; nothing was changed.");
        }
    }

    /// <summary>Whether a missing database may be created: only where new keys may be (Development, or the first start of a new registry).</summary>
    public bool MayCreateRegistry => environment.IsDevelopment() || options.Value.AllowKeyGeneration;

    public async Task EnsureKeysMatchDataAsync(CancellationToken cancellationToken)
    {
        var holdsPersonalData = await presence.HoldsEncryptedRowsAsync(cancellationToken);
        var missing = new List<string>();
        if (!await keys.KeyRingHasKeysAsync(cancellationToken))
        {
            missing.Add($"the Data Protection key ring (no key in {keys.KeyRingLocation})");
        }

        if (!await keys.HasBlindIndexKeyAsync(cancellationToken))
        {
            missing.Add($"the blind-index key ({keys.BlindIndexKeyLocation})");
        }

        if (holdsPersonalData && missing.Count > 0)
        {
            throw new MissingKeyMaterialException(
                "The registry database holds records with encrypted personal fields, but "
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
    }

    /// <summary>Runs after migrations, when the checks above have allowed it: the key store exists by then.</summary>
    public async Task CreateMissingKeysAsync(CancellationToken cancellationToken)
    {
        if (await keys.HasBlindIndexKeyAsync(cancellationToken))
        {
            // The chain and pseudonym keys of a registry made before they were kept apart (derived as they were).
            await keys.CreateKeysAsync(cancellationToken);
            return;
        }

        if (!environment.IsDevelopment())
        {
            logger.LogWarning("Generating the blind-index key and the first Data Protection key, as Registry:Keys:AllowKeyGeneration allows; back them up and turn the switch off");
        }

        await keys.CreateKeysAsync(cancellationToken);
        logger.LogInformation("Created a new blind-index key, access-log chain key and pseudonym key for an empty registry");
    }
}
