using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// Every table with encrypted personal columns, each column with the field (and so the Data
/// Protection purpose) its values were protected under. Rotation walks them in this order.
/// </summary>
public static class EncryptedTables
{
    public static IReadOnlyList<EncryptedTable> All { get; } =
    [
        new("Households", [new("Address", PersonalField.HouseholdAddress), new("Phone", PersonalField.HouseholdPhone)]),
        new("Persons",
        [
            new("NationalId", PersonalField.PersonNationalId),
            new("Idcs", PersonalField.PersonIdcs),
            new("FirstNameArabic", PersonalField.PersonFirstNameArabic),
            new("LastNameArabic", PersonalField.PersonLastNameArabic),
            new("FirstNameLatin", PersonalField.PersonFirstNameLatin),
            new("LastNameLatin", PersonalField.PersonLastNameLatin),
            new("BirthDate", PersonalField.PersonBirthDate),
            new("Disability", PersonalField.PersonDisability),
        ]),
        new("ChangeRequests", [new("OldValue", PersonalField.ChangeRequestOldValue), new("NewValue", PersonalField.ChangeRequestNewValue)]),
        new("Modifications", [new("OldValue", PersonalField.ModificationOldValue), new("NewValue", PersonalField.ModificationNewValue)]),
    ];

    public static EncryptedTable Named(string name) => All.Single(table => table.Name == name);
}
