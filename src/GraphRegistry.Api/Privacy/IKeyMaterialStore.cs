using Microsoft.AspNetCore.DataProtection.Repositories;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Where the Data Protection key ring and the registry's own secrets live (the blind-index keys,
/// the access-log chain key, the pseudonym key): files in the data directory for a single SQLite
/// node, the database for PostgreSQL so every node reads the same keys.
/// </summary>
public interface IKeyMaterialStore
{
    /// <summary>Where the key ring's keys are expected, for messages that tell an operator what to restore.</summary>
    string KeyRingLocation { get; }

    /// <summary>Where the blind-index key (and the other secrets) are, for the same messages.</summary>
    string BlindIndexKeyLocation { get; }

    /// <summary>The key ring Data Protection reads and writes.</summary>
    IXmlRepository KeyRing { get; }

    /// <summary>The blind-index keys in force, read again every Registry:Keys:RingRefreshInterval.</summary>
    BlindIndexKeys BlindIndexKeys { get; }

    /// <summary>The key of the access log's hash chain; read once.</summary>
    byte[] AccessLogChainKey { get; }

    /// <summary>The key of agencies' pseudonyms; read once.</summary>
    byte[] PseudonymKey { get; }

    /// <summary>Answers without creating or migrating anything: a store not yet created has no keys.</summary>
    Task<bool> KeyRingHasKeysAsync(CancellationToken cancellationToken);

    Task<bool> HasBlindIndexKeyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Creates the secrets the store lacks: a new registry gets random keys; a registry made before
    /// the chain and pseudonym keys were kept apart gets them derived from its blind-index key as
    /// they always were. When two nodes race, both end up with the same keys.
    /// </summary>
    Task CreateKeysAsync(CancellationToken cancellationToken);

    /// <summary>Starts a blind-index rotation: a next key beside the one in force. Returns it.</summary>
    Task<byte[]> CreateNextBlindIndexKeyAsync(CancellationToken cancellationToken);

    /// <summary>Ends a blind-index rotation: the next key becomes the key in force, and the old one is deleted.</summary>
    Task PromoteNextBlindIndexKeyAsync(CancellationToken cancellationToken);

    /// <summary>Protects again, under the key ring's current key, whatever secrets this store keeps encrypted by the ring (rotate-keys does it before old keys are revoked).</summary>
    Task ReprotectAsync(CancellationToken cancellationToken);
}
