using GraphQL.Types;

namespace GraphRegistry.Api.Households;

public sealed class HouseholdFilterInputGraphType : InputObjectGraphType<HouseholdFilter>
{
    public HouseholdFilterInputGraphType()
    {
        Name = "HouseholdFilterInput";
        Field<StringGraphType>("region").Description("Region code, 01 to 12.");
        Field<EnumerationGraphType<Milieu>>("milieu");
        Field<EnumerationGraphType<HouseholdStatus>>("status");
    }
}
