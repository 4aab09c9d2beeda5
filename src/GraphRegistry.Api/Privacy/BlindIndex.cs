using System.Security.Cryptography;
using System.Text;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// HMAC-SHA256 of a normalised identifier under a key kept apart from the encryption keys: equal
/// identifiers give equal index values, so the database can look them up, and the index alone
/// reveals nothing without the key. The field name is mixed in so a national ID and an IDCS with
/// the same characters never share an index value.
/// </summary>
public sealed class BlindIndex(IKeyMaterialStore keys)
{
    /// <summary>The index value to store: under the next key while a blind-index rotation runs.</summary>
    public byte[] Compute(BlindIndexedField field, string value) => ComputeWith(keys.BlindIndexKeys.Writing, field, value);

    /// <summary>
    /// The index values to look an identifier up by, in the order to try them: one, or two while a
    /// blind-index rotation runs (see <see cref="BlindIndexKeys.Reading"/>).
    /// </summary>
    public IReadOnlyList<byte[]> Candidates(BlindIndexedField field, string value) =>
        [.. keys.BlindIndexKeys.Reading.Select(key => ComputeWith(key, field, value))];

    public static byte[] ComputeWith(byte[] key, BlindIndexedField field, string value)
    {
        var normalised = Normalise(field, value);
        var message = Encoding.UTF8.GetBytes($"{field}:{normalised}");
        return HMACSHA256.HashData(key, message);
    }

    public static string Normalise(BlindIndexedField field, string value) => field switch
    {
        BlindIndexedField.NationalId => new string([.. value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]),
        BlindIndexedField.Idcs => new string([.. value.Where(char.IsAsciiDigit)]),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
