using System.Globalization;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Registration;

/// <summary>
/// The checks every new member and household passes before anything is written. Messages name
/// fields and positions, never values: a rejected value may well be someone's national ID.
/// </summary>
public static class RegistrationRules
{
    public const int MaxNameLength = 100;
    public const int MaxAddressLength = 200;

    /// <summary>Exactly one head, and every member sound.</summary>
    public static void CheckHousehold(IReadOnlyList<NewMemberInput> members, string address, string? phone, DateOnly today)
    {
        var heads = members.Count(m => m.Relationship == Relationship.Head);
        if (heads != 1)
        {
            throw new RegistryError(ErrorCodes.InvalidComposition, $"A household has exactly one HEAD; this one would have {heads}.");
        }

        if (members.Count > Declarations.DeclarationRules.MaxMembers)
        {
            throw new RegistryError(ErrorCodes.InvalidComposition, $"A household has at most {Declarations.DeclarationRules.MaxMembers} members.");
        }

        if (string.IsNullOrWhiteSpace(address) || address.Length > MaxAddressLength)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, $"'address' must be between 1 and {MaxAddressLength} characters.");
        }

        if (phone is not null && PhoneProblem(phone) is var (code, message))
        {
            throw new RegistryError(code, message);
        }

        for (var i = 0; i < members.Count; i++)
        {
            CheckMember(members[i], $"members[{i}]", today);
        }

        // Two members with one identifier are one person registered twice.
        var cards = members.Where(m => m.NationalId is not null).Select(m => BlindIndex.Normalise(BlindIndexedField.NationalId, m.NationalId!));
        var idcs = members.Where(m => m.Idcs is not null).Select(m => BlindIndex.Normalise(BlindIndexedField.Idcs, m.Idcs!));
        if (cards.GroupBy(c => c).Any(g => g.Count() > 1) || idcs.GroupBy(c => c).Any(g => g.Count() > 1))
        {
            throw new RegistryError(ErrorCodes.Duplicate, "Two members of the household have the same national ID or IDCS.");
        }
    }

    public static void CheckMember(NewMemberInput member, string path, DateOnly today)
    {
        if (member.NationalId is null && member.Idcs is null)
        {
            throw new RegistryError(ErrorCodes.InvalidIdentifier, $"'{path}' needs a national ID or, for those without a card, an IDCS.");
        }

        CheckIdentifier(BlindIndexedField.NationalId, member.NationalId, $"{path}.nationalId");
        CheckIdentifier(BlindIndexedField.Idcs, member.Idcs, $"{path}.idcs");
        if (member.BirthDate > today)
        {
            throw new RegistryError(ErrorCodes.InvalidDate, $"'{path}.birthDate' is in the future.");
        }

        foreach (var (name, value) in new[] { ("firstNameLatin", member.FirstNameLatin), ("lastNameLatin", member.LastNameLatin), ("firstNameArabic", member.FirstNameArabic), ("lastNameArabic", member.LastNameArabic) })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > MaxNameLength)
            {
                throw new RegistryError(ErrorCodes.InvalidArgument, $"'{path}.{name}' must be between 1 and {MaxNameLength} characters.");
            }
        }
    }

    public static (string Code, string Message)? PhoneProblem(string phone)
    {
        var digits = phone.StartsWith('+') ? phone[1..] : phone;
        return digits.Length is >= 9 and <= 15 && digits.All(char.IsAsciiDigit)
            ? null
            : (ErrorCodes.InvalidArgument, "A phone number is 9 to 15 digits, optionally after a '+'.");
    }

    /// <summary>A birth date written yyyy-MM-dd, not after <paramref name="today"/>.</summary>
    public static (string Code, string Message)? BirthDateProblem(string value, DateOnly today) =>
        !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (ErrorCodes.InvalidDate, "A birth date is written yyyy-MM-dd.")
            : date > today ? (ErrorCodes.InvalidDate, "A birth date cannot be in the future.") : null;

    private static void CheckIdentifier(BlindIndexedField field, string? value, string path)
    {
        if (value is not null && !IdentifierFormat.IsPlausible(field, BlindIndex.Normalise(field, value)))
        {
            throw new RegistryError(ErrorCodes.InvalidIdentifier, $"'{path}' is not a well-formed {IdentifierFormat.Describe(field)}.");
        }
    }
}
