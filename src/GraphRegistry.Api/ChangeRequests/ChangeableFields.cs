using System.Collections.Frozen;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Registration;

namespace GraphRegistry.Api.ChangeRequests;

/// <summary>
/// The fields open to rectification by request. Identifiers, sex and everything the registry
/// computes are not: they change through the civil registry or a new declaration.
/// </summary>
public static class ChangeableFields
{
    public static FrozenDictionary<string, ChangeableField> All { get; } = new Dictionary<string, ChangeableField>
    {
        ["Household.address"] = new(PersonalField.HouseholdAddress, false, (h, _) => h.Address, (h, _, v) => h.Address = v, (value, _) => Text(value, "address", RegistrationRules.MaxAddressLength)),
        ["Household.phone"] = new(PersonalField.HouseholdPhone, false, (h, _) => h.Phone, (h, _, v) => h.Phone = v, (value, _) => RegistrationRules.PhoneProblem(value)),
        ["Person.firstNameLatin"] = Name(PersonalField.PersonFirstNameLatin, p => p.FirstNameLatin, (p, v) => p.FirstNameLatin = v),
        ["Person.lastNameLatin"] = Name(PersonalField.PersonLastNameLatin, p => p.LastNameLatin, (p, v) => p.LastNameLatin = v),
        ["Person.firstNameArabic"] = Name(PersonalField.PersonFirstNameArabic, p => p.FirstNameArabic, (p, v) => p.FirstNameArabic = v),
        ["Person.lastNameArabic"] = Name(PersonalField.PersonLastNameArabic, p => p.LastNameArabic, (p, v) => p.LastNameArabic = v),
        ["Person.birthDate"] = new(PersonalField.PersonBirthDate, true, (_, p) => p!.BirthDate, (_, p, v) => p!.BirthDate = v, RegistrationRules.BirthDateProblem),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static ChangeableField Name(PersonalField field, Func<Members.Person, Encrypted> read, Action<Members.Person, Encrypted> write) =>
        new(field, true, (_, p) => read(p!), (_, p, v) => write(p!, v), (value, _) => Text(value, "name", RegistrationRules.MaxNameLength));

    private static (string, string)? Text(string value, string what, int max) =>
        string.IsNullOrWhiteSpace(value) || value.Length > max ? (ErrorCodes.InvalidArgument, $"A {what} must be between 1 and {max} characters.") : null;
}
