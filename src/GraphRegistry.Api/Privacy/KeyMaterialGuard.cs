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
    public const string CertificatePathSetting = KeyMaterialOptions.Section + ":" + nameof(KeyMaterialOptions.CertificatePath);

    public const string CertificatePasswordSetting = KeyMaterialOptions.Section + ":" + nameof(KeyMaterialOptions.CertificatePassword);

    /// <summary>
    /// Outside Development the key ring must be encrypted to a certificate kept apart from it, or
    /// whoever reads the data directory or the database (a copy, a backup, a replica) holds the keys
    /// with the data. Checked before anything is created.
    /// </summary>
    public void EnsureKeyRingProtected(DatabaseProvider provider)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.CertificatePath))
        {
            return;
        }

        var where = provider == DatabaseProvider.PostgreSql ? "in the database" : $"in {keys.KeyRingLocation}";
        if (!environment.IsDevelopment())
        {
            throw new MissingKeyMaterialException(
                $"Outside Development the Data Protection key ring (stored {where}) must be encrypted at rest: set "
                + $"{CertificatePathSetting} to a PKCS#12 certificate with its private key (and {CertificatePasswordSetting}) on every node; "
                + "see docs/operations.md, Keys and backups. Start-up stopped; nothing was changed.");
        }

        // Said once, in words, instead of Data Protection's "No XML encryptor configured" per key.
        logger.LogWarning(
            "Development: the Data Protection key ring's keys are stored unencrypted {Where}, because this is a development machine; outside Development start-up requires {Setting}",
            where,
            CertificatePathSetting);
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
