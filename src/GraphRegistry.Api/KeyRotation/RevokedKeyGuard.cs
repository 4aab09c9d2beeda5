using GraphRegistry.Api.Data;
using GraphRegistry.Api.Privacy;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// Refuses to start when a value is still encrypted under a revoked key (restored from a backup
/// made before a rotation, say): every read of it would fail, so the registry stops and says
/// where, instead of serving nulls. Scans only when the ring holds a revoked key.
/// </summary>
public sealed class RevokedKeyGuard(IKeyManager keys, PersonalDataPresence presence)
{
    public async Task EnsureNoValueUnderRevokedKeyAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (!await presence.HoldsEncryptedRowsAsync(cancellationToken))
        {
            return;
        }

        var revoked = keys.GetAllKeys().Where(key => key.IsRevoked).Select(key => key.KeyId).ToList();
        if (revoked.Count > 0 && await FindUnderAsync(db, revoked, cancellationToken) is { } column)
        {
            throw new MissingKeyMaterialException(
                $"{column} holds values encrypted under a revoked Data Protection key: they cannot be read. Were rows restored from a backup made before a key rotation? "
                + "Restore the database from a backup made after the rotation, and start again. Start-up stopped; nothing was changed.");
        }
    }

    private static async Task<string?> FindUnderAsync(RegistryDbContext db, IReadOnlyCollection<Guid> revoked, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await KeyUsageCensus.FindUnderAsync(db.Database.GetDbConnection(), revoked, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
