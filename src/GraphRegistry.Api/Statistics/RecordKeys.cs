using System.Security.Cryptography;

namespace GraphRegistry.Api.Statistics;

/// <summary>
/// The cell-key method's record keys: one uniform random number per household and per person,
/// drawn once at creation, stored, never exposed and never changed. A cell's key is the sum of its
/// records' keys modulo <see cref="Modulus"/>, so the same records always make the same key.
/// </summary>
public static class RecordKeys
{
    public const long Modulus = 1L << 32;

    // Cryptographic: an analyst who could predict the keys could subtract the noise.
    public static long New() => BitConverter.ToUInt32(RandomNumberGenerator.GetBytes(sizeof(uint)));
}
