using GraphQL.Types;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Registration;

public sealed class RegisterHouseholdInputGraphType : InputObjectGraphType<RegisterHouseholdInput>
{
    public RegisterHouseholdInputGraphType()
    {
        Name = "RegisterHouseholdInput";
        Description = "A new household: location, contact, members (exactly one HEAD) and the first declaration's housing.";
        Field<NonNullGraphType<StringGraphType>>("region").Description("Region code, 01 to 12.");
        Field<NonNullGraphType<StringGraphType>>("province").Description("Province code, starting with the region code and a dot.");
        Field<NonNullGraphType<StringGraphType>>("commune").Description("Commune code, starting with the province code and a dot.");
        Field<NonNullGraphType<EnumerationGraphType<Milieu>>>("milieu");
        Field<NonNullGraphType<StringGraphType>>("address").Description("Postal address; encrypted at rest.");
        Field<StringGraphType>("phone").Description("Contact phone, 9 to 15 digits; encrypted at rest.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NewMemberInputGraphType>>>>("members");
        Field<NonNullGraphType<HousingInputGraphType>>("housing").Description("The first declaration's housing; each member's situation comes with the member.");
    }
}
