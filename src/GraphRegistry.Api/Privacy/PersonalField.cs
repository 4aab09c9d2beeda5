namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Every personal field stored encrypted. Each gets its own Data Protection purpose, so a
/// ciphertext copied from one column into another fails to decrypt instead of leaking.
/// </summary>
public enum PersonalField
{
    HouseholdAddress,
    HouseholdPhone,
    PersonNationalId,
    PersonIdcs,
    PersonFirstNameArabic,
    PersonLastNameArabic,
    PersonFirstNameLatin,
    PersonLastNameLatin,
    PersonBirthDate,
    PersonDisability,
    ChangeRequestOldValue,
    ChangeRequestNewValue,
    ModificationOldValue,
    ModificationNewValue,
}
