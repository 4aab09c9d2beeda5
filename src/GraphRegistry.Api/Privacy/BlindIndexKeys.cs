using System.Security.Cryptography;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// The blind-index keys a node uses at one moment: the key in force and, while a blind-index
/// rotation runs, the next one. Values are written under the next key when there is one; lookups
/// try the key in force first, then the next, because a row only ever moves from the first to the
/// second: in that order a lookup racing the re-indexing of its row still finds it.
/// </summary>
public sealed record BlindIndexKeys(byte[] Current, byte[]? Next)
{
    /// <summary>The key new index values are computed with.</summary>
    public byte[] Writing => Next ?? Current;

    /// <summary>The keys to look an identifier up with, in the order to try them.</summary>
    public IReadOnlyList<byte[]> Reading => Next is null ? [Current] : [Current, Next];

    /// <summary>A fingerprint naming a key in messages and run records without revealing it.</summary>
    public static Guid IdOf(byte[] key) => new(SHA256.HashData(key).AsSpan(0, 16));
}
