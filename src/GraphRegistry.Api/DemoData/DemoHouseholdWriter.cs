using System.Globalization;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Statistics;

namespace GraphRegistry.Api.DemoData;

/// <summary>Turns plaintext demo households into entities: every personal field encrypted, identifiers blind-indexed.</summary>
public sealed class DemoHouseholdWriter(PersonalDataProtector protector, BlindIndex blindIndex)
{
    public Household ToEntity(DemoHousehold demo)
    {
        var household = new Household
        {
            PublicId = demo.PublicId,
            RegionCode = demo.RegionCode,
            ProvinceCode = demo.ProvinceCode,
            CommuneCode = demo.CommuneCode,
            Milieu = demo.Milieu,
            Address = protector.Protect(PersonalField.HouseholdAddress, demo.Address),
            Phone = protector.Protect(PersonalField.HouseholdPhone, demo.Phone),
            Status = HouseholdStatus.Active,
            RegisteredAt = demo.RegisteredAt,
            LastDeclarationAt = demo.RegisteredAt,
            RecordKey = RecordKeys.New(),
        };

        var startDate = DateOnly.FromDateTime(demo.RegisteredAt.UtcDateTime);
        var persons = demo.Members.Select(ToEntity).ToList();
        foreach (var (member, person) in demo.Members.Zip(persons))
        {
            household.Memberships.Add(new Membership { Person = person, Relationship = member.Relationship, StartDate = startDate });
        }

        var declaration = demo.Declaration;
        declaration.SubmittedAt = demo.RegisteredAt;
        household.Declarations.Add(declaration);
        return household;
    }

    private Person ToEntity(DemoPerson demo) => new()
    {
        PublicId = demo.PublicId,
        NationalId = protector.ProtectOptional(PersonalField.PersonNationalId, demo.NationalId),
        NationalIdIndex = demo.NationalId is null ? null : blindIndex.Compute(BlindIndexedField.NationalId, demo.NationalId),
        Idcs = protector.Protect(PersonalField.PersonIdcs, demo.Idcs),
        IdcsIndex = blindIndex.Compute(BlindIndexedField.Idcs, demo.Idcs),
        FirstNameArabic = protector.Protect(PersonalField.PersonFirstNameArabic, demo.FirstName.Arabic),
        LastNameArabic = protector.Protect(PersonalField.PersonLastNameArabic, demo.LastName.Arabic),
        FirstNameLatin = protector.Protect(PersonalField.PersonFirstNameLatin, demo.FirstName.Latin),
        LastNameLatin = protector.Protect(PersonalField.PersonLastNameLatin, demo.LastName.Latin),
        BirthDate = protector.Protect(PersonalField.PersonBirthDate, demo.BirthDate.ToString("O", CultureInfo.InvariantCulture)),
        Sex = demo.Sex,
        Disability = protector.Protect(PersonalField.PersonDisability, demo.Disability.ToString()),
        RecordKey = RecordKeys.New(),
    };
}
