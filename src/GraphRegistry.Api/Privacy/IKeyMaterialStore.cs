using Microsoft.AspNetCore.DataProtection.Repositories;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Where the Data Protection key ring and the blind-index key live: files in the data directory
/// for a single SQLite node, the database for PostgreSQL so every node reads the same keys.
/// </summary>
public interface IKeyMaterialStore
{
    /// <summary>Where the key ring's keys are expected, for messages that tell an operator what to restore.</summary>
    string KeyRingLocation { get; }

    /// <summary>Where the blind-index key is, for the same messages.</summary>
    string BlindIndexKeyLocation { get; }

    /// <summary>The key ring Data Protection reads and writes.</summary>
    IXmlRepository KeyRing { get; }

    /// <summary>The 32 bytes behind blind indexes, pseudonyms and the log chain; read once, on first use.</summary>
    byte[] BlindIndexKey { get; }

    /// <summary>Answers without creating or migrating anything: a store not yet created has no keys.</summary>
    Task<bool> KeyRingHasKeysAsync(CancellationToken cancellationToken);

    Task<bool> HasBlindIndexKeyAsync(CancellationToken cancellationToken);

    /// <summary>Creates the blind-index key unless one exists; when two nodes race, both end up with the same key.</summary>
    Task CreateBlindIndexKeyAsync(CancellationToken cancellationToken);

    /// <summary>Protects again, under the key ring's current key, whatever key material this store keeps encrypted by the ring (rotate-keys does it before old keys are revoked).</summary>
    Task ReprotectAsync(CancellationToken cancellationToken);
}
