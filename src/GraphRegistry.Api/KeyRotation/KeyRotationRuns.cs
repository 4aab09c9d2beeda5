using GraphRegistry.Api.Data;
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
        // An unfinished run of the same kind that can still go on is resumed, not doubled with another
        // key; one whose key is no longer in force (a newer key was made meanwhile) is left behind.
        var unfinished = await db.KeyRotationRuns.AsNoTracking().Where(r => r.CompletedAt == null && r.Kind == kind).ToListAsync(cancellationToken);
        if (unfinished.FirstOrDefault(r => r.TargetKeyId == KeyIdInProgress(kind)) is { } resumable)
        {
            throw new KeyRotationRefusedException($"Run {resumable.RunId} has not finished: resume it with{(kind == KeyRotationKind.BlindIndex ? " --blind-index" : string.Empty)} --run {resumable.RunId} instead of making another key. Nothing was changed.");
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

        var current = KeyIdInProgress(kind);
        if (run.CompletedAt is null && current != run.TargetKeyId)
        {
            throw new KeyRotationRefusedException(
                $"Run {runId} moves onto key {run.TargetKeyId}, but the keys in force now point to {current}. Nothing was changed.");
        }

        return run;
    }

    /// <summary>
    /// SQLite only (false elsewhere): the old ciphertext left in the file's free space goes
    /// (<see cref="SqliteCompaction"/>). Every read writes its access-log entry, so requests wait
    /// until it ends (minutes for a million households): a step of its own (--vacuum), for a quiet hour.
    /// </summary>
    public async Task<bool> CompactSqliteFileAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SqliteCompaction.CompactAsync(db, cancellationToken);
    }

    /// <summary>
    /// Re-protects the key material kept under the key ring (the registry's secrets on PostgreSQL),
    /// then says how many values are under each key: the run's own last count, or counted now for a
    /// run that had completed before this attempt.
    /// </summary>
    public async Task<IReadOnlyList<KeyUsage>> FinishAsync(KeyRotationRun run, IReadOnlyDictionary<Guid, long>? counted, CancellationToken cancellationToken)
    {
        await keyMaterial.ReprotectAsync(cancellationToken);
        var allKeys = keys.GetAllKeys();
        var counts = counted ?? await CountAsync(allKeys, cancellationToken);
        return
        [
            .. allKeys.OrderBy(key => key.CreationDate).Select(key => new KeyUsage(key.KeyId, key.KeyId == run.TargetKeyId, key.IsRevoked, counts.GetValueOrDefault(key.KeyId))),
            .. counts.TryGetValue(Guid.Empty, out var unknown) ? [new KeyUsage(Guid.Empty, IsRunKey: false, IsRevoked: false, unknown)] : Array.Empty<KeyUsage>(),
        ];
    }

    private async Task<Dictionary<Guid, long>> CountAsync(IEnumerable<IKey> allKeys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        return await KeyUsageCensus.CountAsync(db.Database.GetDbConnection(), allKeys, cancellationToken);
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

    // The key a run of this kind would be moving onto now: the key ring's current key; for blind
    // indexes, the next key while a run goes on and the key in force once it has been promoted.
    private Guid KeyIdInProgress(KeyRotationKind kind) => kind == KeyRotationKind.BlindIndex
        ? BlindIndexKeys.IdOf(keyMaterial.BlindIndexKeys.Writing)
        : rings.GetCurrentKeyRing().DefaultKeyId;

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
