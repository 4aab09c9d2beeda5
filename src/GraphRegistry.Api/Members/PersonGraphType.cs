using GraphQL.Types;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Privacy.Masking;

namespace GraphRegistry.Api.Members;

public sealed class PersonGraphType : ObjectGraphType<Person>
{
    public PersonGraphType()
    {
        Name = "Person";
        Interface<NodeGraphType>();
        IsTypeOf = value => value is Person;
        Description = "A person known to the registry. Identifiers, names, birth date and disability are personal data, encrypted at rest and decrypted only when asked for.";

        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque public identifier.").Resolve(ctx => ctx.Source.PublicId);
        this.PersonalString("nationalId", PersonalField.PersonNationalId, MaskableAs.Identifier, p => p.NationalId, p => new MaskContext(PseudonymBasis: p.NationalIdIndex))
            .Description("National identity card number (CNIE). Null for people without a card.");
        this.PersonalString("idcs", PersonalField.PersonIdcs, MaskableAs.Identifier, p => p.Idcs, p => new MaskContext(PseudonymBasis: p.IdcsIndex))
            .Description("Civil-registry identifier (IDCS), nine digits.");
        this.PersonalString("firstNameArabic", PersonalField.PersonFirstNameArabic, MaskableAs.Name, p => p.FirstNameArabic);
        this.PersonalString("lastNameArabic", PersonalField.PersonLastNameArabic, MaskableAs.Name, p => p.LastNameArabic);
        this.PersonalString("firstNameLatin", PersonalField.PersonFirstNameLatin, MaskableAs.Name, p => p.FirstNameLatin);
        this.PersonalString("lastNameLatin", PersonalField.PersonLastNameLatin, MaskableAs.Name, p => p.LastNameLatin);
        this.PersonalString("birthDate", PersonalField.PersonBirthDate, MaskableAs.Date, p => p.BirthDate)
            .Description("Birth date, yyyy-MM-dd; masked as yyyy (YEAR_ONLY) or a ten-year band such as 30-39 (AGE_BAND).");
        Field<NonNullGraphType<EnumerationGraphType<Sex>>>("sex").Resolve(ctx => ctx.Source.Sex);
        this.PersonalValue<Person, EnumerationGraphType<Disability>>("disability", PersonalField.PersonDisability, p => p.Disability, value => Enum.Parse<Disability>(value))
            .Description("Declared disability. Health data, encrypted at rest.");
        Field<CalendarDateGraphType>("deathDate").Resolve(ctx => ctx.Source.DeathDate);
        Field<MembershipGraphType>("membership")
            .Description("The person's current membership, with the household and relationship to its head.")
            .Resolve(ctx => ctx.RequestService<CurrentMembershipByPersonLoader>().Load(ctx.Source.Id));
        Field<Households.HouseholdGraphType>("household")
            .Description("The household the person currently belongs to.")
            .Resolve(ctx => ctx.RequestService<CurrentMembershipByPersonLoader>().Load(ctx.Source.Id).Then(m => m?.Household));
        this.AddCitizenAccessLog();
    }
}
