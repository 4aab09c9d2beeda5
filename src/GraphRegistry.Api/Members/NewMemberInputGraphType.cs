using GraphQL.Types;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Members;

public sealed class NewMemberInputGraphType : InputObjectGraphType<NewMemberInput>
{
    public NewMemberInputGraphType()
    {
        Name = "NewMemberInput";
        Description = "A person joining a household. At least one identifier: the national ID (CNIE) or, for those without a card, the IDCS.";
        Field<StringGraphType>("nationalId").Description("CNIE number: one or two letters and up to six digits.");
        Field<StringGraphType>("idcs").Description("Civil-registry identifier: nine digits.");
        Field<NonNullGraphType<StringGraphType>>("firstNameLatin");
        Field<NonNullGraphType<StringGraphType>>("lastNameLatin");
        Field<NonNullGraphType<StringGraphType>>("firstNameArabic");
        Field<NonNullGraphType<StringGraphType>>("lastNameArabic");
        Field<NonNullGraphType<CalendarDateGraphType>>("birthDate").Description("Not in the future.");
        Field<NonNullGraphType<EnumerationGraphType<Sex>>>("sex");
        Field<NonNullGraphType<EnumerationGraphType<Relationship>>>("relationship").Description("Relationship to the head; exactly one member of a household is HEAD.");
        Field<NonNullGraphType<SituationInputGraphType>>("situation").Description("Education and employment, for the declaration.");
        Field<EnumerationGraphType<Disability>>("disability").Description("NONE when omitted.");
    }
}
