using System.Security.Cryptography;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Opaque public identifiers: a type prefix and 80 random bits in Crockford base32. They carry
/// no database key, no date and no personal data.
/// </summary>
public static class PublicId
{
    public const string HouseholdPrefix = "hh_";
    public const string PersonPrefix = "p_";

    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private const int EntropyBytes = 10;

    public static string NewHousehold() => Create(HouseholdPrefix, RandomNumberGenerator.GetBytes(EntropyBytes));

    public static string NewPerson() => Create(PersonPrefix, RandomNumberGenerator.GetBytes(EntropyBytes));

    public static string Create(string prefix, ReadOnlySpan<byte> entropy)
    {
        Span<char> chars = stackalloc char[entropy.Length * 8 / 5];
        int buffer = 0, bits = 0, next = 0;
        foreach (var b in entropy)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[next++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        return prefix + new string(chars[..next]);
    }
}
