using GraphQL.Types;

namespace GraphRegistry.Api.ChangeRequests;

public sealed class ChangeRequestInputGraphType : InputObjectGraphType<ChangeRequestInput>
{
    public ChangeRequestInputGraphType()
    {
        Name = "ChangeRequestInput";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field to correct as Type.field: Household.address, Household.phone, Person.firstNameLatin, Person.lastNameLatin, Person.firstNameArabic, Person.lastNameArabic or Person.birthDate.");
        Field<NonNullGraphType<StringGraphType>>("newValue").Description("The correct value; a birth date as yyyy-MM-dd.");
        Field<IdGraphType>("person").Description("For a person's field: the member concerned, a current member of your household; yourself when omitted.");
    }
}
