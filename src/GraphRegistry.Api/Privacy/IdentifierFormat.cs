using System.Text.RegularExpressions;

namespace GraphRegistry.Api.Privacy;

/// <summary>Shape checks for normalised identifiers, so garbage is refused before it is hashed or logged.</summary>
public static partial class IdentifierFormat
{
    public static bool IsPlausible(BlindIndexedField field, string normalised) => field switch
    {
        BlindIndexedField.NationalId => CnieShape().IsMatch(normalised),
        BlindIndexedField.Idcs => IdcsShape().IsMatch(normalised),
        _ => false,
    };

    public static string Describe(BlindIndexedField field) => field switch
    {
        BlindIndexedField.NationalId => "national ID (one or two letters and up to six digits)",
        BlindIndexedField.Idcs => "IDCS (nine digits)",
        _ => "identifier",
    };

    // CNIE numbers: one or two letters, then one to six digits.
    [GeneratedRegex("^[A-Z]{1,2}[0-9]{1,6}$")]
    private static partial Regex CnieShape();

    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex IdcsShape();
}
