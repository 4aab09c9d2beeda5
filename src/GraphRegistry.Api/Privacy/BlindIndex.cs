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
    public byte[] Compute(BlindIndexedField field, string value)
    {
        var normalised = Normalise(field, value);
        var message = Encoding.UTF8.GetBytes($"{field}:{normalised}");
        return HMACSHA256.HashData(keys.BlindIndexKey, message);
    }

    public static string Normalise(BlindIndexedField field, string value) => field switch
    {
        BlindIndexedField.NationalId => new string([.. value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]),
        BlindIndexedField.Idcs => new string([.. value.Where(char.IsAsciiDigit)]),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
