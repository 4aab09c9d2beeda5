using System.Globalization;
using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Members;

public sealed class PersonGraphType : ObjectGraphType<Person>
{
    public PersonGraphType(PersonalDataProtector protector)
    {
        Name = "Person";
        Description = "A person known to the registry. Identifiers, names, birth date and disability are personal data, encrypted at rest and decrypted only when asked for.";

        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque public identifier.").Resolve(ctx => ctx.Source.PublicId);
        Field<StringGraphType>("nationalId")
            .Description("National identity card number (CNIE). Null for people without a card.")
            .Resolve(ctx => protector.RevealOptional(PersonalField.PersonNationalId, ctx.Source.NationalId));
        Field<StringGraphType>("idcs")
            .Description("Civil-registry identifier (IDCS), nine digits.")
            .Resolve(ctx => protector.RevealOptional(PersonalField.PersonIdcs, ctx.Source.Idcs));
        Field<StringGraphType>("firstNameArabic").Resolve(ctx => protector.Reveal(PersonalField.PersonFirstNameArabic, ctx.Source.FirstNameArabic));
        Field<StringGraphType>("lastNameArabic").Resolve(ctx => protector.Reveal(PersonalField.PersonLastNameArabic, ctx.Source.LastNameArabic));
        Field<StringGraphType>("firstNameLatin").Resolve(ctx => protector.Reveal(PersonalField.PersonFirstNameLatin, ctx.Source.FirstNameLatin));
        Field<StringGraphType>("lastNameLatin").Resolve(ctx => protector.Reveal(PersonalField.PersonLastNameLatin, ctx.Source.LastNameLatin));
        Field<CalendarDateGraphType>("birthDate")
            .Resolve(ctx => DateOnly.ParseExact(protector.Reveal(PersonalField.PersonBirthDate, ctx.Source.BirthDate), "O", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<EnumerationGraphType<Sex>>>("sex").Resolve(ctx => ctx.Source.Sex);
        Field<EnumerationGraphType<Disability>>("disability")
            .Description("Declared disability. Health data, encrypted at rest.")
            .Resolve(ctx => Enum.Parse<Disability>(protector.Reveal(PersonalField.PersonDisability, ctx.Source.Disability)));
        Field<CalendarDateGraphType>("deathDate").Resolve(ctx => ctx.Source.DeathDate);
        Field<MembershipGraphType>("membership")
            .Description("The person's current membership, with the household and relationship to its head.")
            .Resolve(ctx => ctx.RequestService<CurrentMembershipByPersonLoader>().Load(ctx.Source.Id));
        Field<Households.HouseholdGraphType>("household")
            .Description("The household the person currently belongs to.")
            .Resolve(ctx => ctx.RequestService<CurrentMembershipByPersonLoader>().Load(ctx.Source.Id).Then(m => m?.Household));
    }
}
