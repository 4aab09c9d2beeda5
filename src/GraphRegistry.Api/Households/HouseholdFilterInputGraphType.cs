using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Households;

public sealed class HouseholdFilterInputGraphType : InputObjectGraphType<HouseholdFilter>
{
    public HouseholdFilterInputGraphType()
    {
        Name = "HouseholdFilterInput";
        // Filtering by a field reads it: each filter needs the grant of the field it compares.
        Field<StringGraphType>("region").Description("Region code, 01 to 12.").Reads("Household.region");
        Field<EnumerationGraphType<Milieu>>("milieu").Reads("Household.milieu");
        Field<EnumerationGraphType<HouseholdStatus>>("status").Reads("Household.status");
        Field<BooleanGraphType>("dueForUpdate").Description("Households whose last declaration is older than the configured period.").Reads("Household.updateDue");
    }
}
