using GraphRegistry.Api.Privacy;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// Starts and resumes rotate-keys runs, and ends them: counting the values under each key and, when
/// asked, revoking every key but the run's. Call under <see cref="KeyRotationLock"/>.
/// </summary>
public sealed class KeyRotationRuns(
    IDbContextFactory<Data.RegistryDbContext> contexts,
    IKeyManager keys,
    IKeyRingProvider rings,
    IKeyMaterialStore keyMaterial,
    TimeProvider clock)
{
    /// <summary>How long a key made by a rotation stays the key new values are encrypted under before Data Protection makes the next.</summary>
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    /// <summary>Makes a new key (for Data Protection: waits until this process encrypts under it) and records a run for it.</summary>
    public async Task<KeyRotationRun> StartAsync(KeyRotationKind kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.KeyRotationRuns.AsNoTracking().Where(r => r.CompletedAt == null).Select(r => r.RunId).FirstOrDefaultAsync(cancellationToken) is { } unfinished)
        {
            throw new KeyRotationRefusedException($"Run {unfinished} has not finished: resume it with --run {unfinished} instead of making another key. Nothing was changed.");
        }

        var now = clock.GetUtcNow();
        var keyId = kind == KeyRotationKind.BlindIndex ? await NewBlindIndexKeyAsync(cancellationToken) : await NewDataProtectionKeyAsync(now, cancellationToken);
        var run = new KeyRotationRun
        {
            RunId = $"{(kind == KeyRotationKind.BlindIndex ? "blind-index" : "rotation")}-{now:yyyyMMdd}-{keyId.ToString()[..8]}",
            Kind = kind,
            TargetKeyId = keyId,
            TableName = kind == KeyRotationKind.BlindIndex ? "Persons" : EncryptedTables.All[0].Name,
            StartedAt = now,
        };
        db.KeyRotationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>The run to resume; refused when it does not exist, is of another kind, or its key is no longer the one it moves onto.</summary>
    public async Task<KeyRotationRun> ResumeAsync(string runId, KeyRotationKind kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.KeyRotationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.RunId == runId, cancellationToken);
        if (run is null)
        {
            var known = (await db.KeyRotationRuns.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(r => r.StartedAt).Select(r => r.RunId).ToList();
            throw new KeyRotationRefusedException(
                $"There is no rotate-keys run '{runId}' in this registry ({(known.Count == 0 ? "none so far" : "runs: " + string.Join(", ", known))}). "
                + "Leave out --run to start one. Nothing was changed.");
        }

        if (run.Kind != kind)
        {
            throw new KeyRotationRefusedException(
                $"Run {runId} is a {(run.Kind == KeyRotationKind.BlindIndex ? "blind-index" : "Data Protection")} rotation: resume it {(run.Kind == KeyRotationKind.BlindIndex ? "with" : "without")} --blind-index. Nothing was changed.");
        }

        var current = kind == KeyRotationKind.BlindIndex ? BlindIndexKeyIdInProgress() : rings.GetCurrentKeyRing().DefaultKeyId;
        if (run.CompletedAt is null && current != run.TargetKeyId)
        {
            throw new KeyRotationRefusedException(
                $"Run {runId} moves onto key {run.TargetKeyId}, but the keys in force now point to {current}. Nothing was changed.");
        }

        return run;
    }

    /// <summary>Re-protects the key material kept under the key ring (the blind-index key on PostgreSQL), then counts the values under each key.</summary>
    public async Task<IReadOnlyList<KeyUsage>> FinishAsync(KeyRotationRun run, CancellationToken cancellationToken)
    {
        await keyMaterial.ReprotectAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // An updated row leaves its old bytes in the page's unused space (and seeding or page
            // splits before the run left more there): a copy of the file would still hold old
            // ciphertext. VACUUM rewrites every page from the live rows; truncating the write-ahead
            // log then leaves the old pages nowhere. Requests go on meanwhile (WAL).
            await db.Database.ExecuteSqlRawAsync("VACUUM", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var allKeys = keys.GetAllKeys();
        var counts = await KeyUsageCensus.CountAsync(db.Database.GetDbConnection(), allKeys, cancellationToken);
        return
        [
            .. allKeys.OrderBy(key => key.CreationDate).Select(key => new KeyUsage(key.KeyId, key.KeyId == run.TargetKeyId, key.IsRevoked, counts.GetValueOrDefault(key.KeyId))),
            .. counts.TryGetValue(Guid.Empty, out var unknown) ? [new KeyUsage(Guid.Empty, IsRunKey: false, IsRevoked: false, unknown)] : Array.Empty<KeyUsage>(),
        ];
    }

    /// <summary>Revokes every key but the run's; refused while any value is still under one of them.</summary>
    public IReadOnlyList<Guid> RevokeOlderKeys(KeyRotationRun run, IReadOnlyList<KeyUsage> usage)
    {
        if (run.CompletedAt is null || usage.Any(key => !key.IsRunKey && key.Values > 0))
        {
            throw new KeyRotationRefusedException(
                $"Run {run.RunId} has left values under older keys: revoking them would make those values unreadable. Resume the run with --run {run.RunId}; nothing was revoked.");
        }

        var revoked = usage.Where(key => !key.IsRunKey && !key.IsRevoked && key.KeyId != Guid.Empty).Select(key => key.KeyId).ToList();
        foreach (var keyId in revoked)
        {
            keys.RevokeKey(keyId, $"rotate-keys run {run.RunId}");
        }

        return revoked;
    }

    // The next key while the run goes on; the key in force once the run has promoted it.
    private Guid BlindIndexKeyIdInProgress() => BlindIndexKeys.IdOf(keyMaterial.BlindIndexKeys.Writing);

    private async Task<Guid> NewBlindIndexKeyAsync(CancellationToken cancellationToken) =>
        BlindIndexKeys.IdOf(await keyMaterial.CreateNextBlindIndexKeyAsync(cancellationToken));

    private async Task<Guid> NewDataProtectionKeyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = keys.CreateNewKey(activationDate: now, expirationDate: now + KeyLifetime);
        await WaitUntilCurrentAsync(key.KeyId, cancellationToken);
        return key.KeyId;
    }

    // Data Protection reads the ring again in the background once the new key is stored; values
    // are encrypted under the new key from the moment the ring read says it is the default.
    private async Task WaitUntilCurrentAsync(Guid keyId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (rings.GetCurrentKeyRing().DefaultKeyId == keyId)
            {
                return;
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new KeyRotationRefusedException($"The new key {keyId} did not become the key ring's current key. Check the key ring's other keys' activation dates; no value was re-encrypted.");
    }
}
