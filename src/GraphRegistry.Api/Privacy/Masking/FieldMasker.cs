using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.Privacy.Masking;

/// <summary>
/// Applies a mask to a personal value. Masks that need the value decrypt it through the supplied
/// function; NULL_WITH_REASON, REGION_ONLY and PSEUDONYM never decrypt at all.
/// </summary>
public sealed class FieldMasker(IKeyMaterialStore keys, TimeProvider clock)
{
    public string? Mask(MaskKind kind, Func<string> reveal, MaskContext context, string agencyCode, string coordinate) => kind switch
    {
        MaskKind.Last4 => Last4(reveal()),
        MaskKind.YearOnly => reveal()[..4],
        MaskKind.AgeBand => AgeBand(DateOnly.ParseExact(reveal(), "O", CultureInfo.InvariantCulture)),
        MaskKind.Initials => Initials(reveal()),
        MaskKind.RegionOnly => context.RegionName,
        MaskKind.NullWithReason => null,
        MaskKind.Pseudonym => context.PseudonymBasis is { } basis ? Pseudonym(basis, agencyCode, coordinate) : null,
        _ => null,
    };

    private static string Last4(string value) => value.Length <= 4 ? new string('*', value.Length) : new string('*', value.Length - 4) + value[^4..];

    private static string Initials(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + "."));

    private string AgeBand(DateOnly birthDate)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var age = today.Year - birthDate.Year - (today < birthDate.AddYears(today.Year - birthDate.Year) ? 1 : 0);
        var lower = Math.Min(age / 10 * 10, 80);
        return lower >= 80 ? "80+" : $"{lower}-{lower + 9}";
    }

    private string Pseudonym(byte[] basis, string agencyCode, string coordinate)
    {
        var message = Encoding.UTF8.GetBytes($"{agencyCode}|{coordinate}|{Convert.ToBase64String(basis)}");
        return PublicId.Create("psn_", HMACSHA256.HashData(keys.PseudonymKey, message).AsSpan(0, 15));
    }
}
