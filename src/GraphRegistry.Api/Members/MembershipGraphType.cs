using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Members;

public sealed class MembershipGraphType : ObjectGraphType<Membership>
{
    public MembershipGraphType()
    {
        Name = "Membership";
        Description = "A person's membership of a household, with dates; history is kept when members leave.";

        Field<NonNullGraphType<EnumerationGraphType<Relationship>>>("relationship").Description("Relationship to the head of household.").Resolve(ctx => ctx.Source.Relationship);
        Field<NonNullGraphType<CalendarDateGraphType>>("startDate").Resolve(ctx => ctx.Source.StartDate);
        Field<CalendarDateGraphType>("endDate").Resolve(ctx => ctx.Source.EndDate);
        Field<NonNullGraphType<PersonGraphType>>("person").Resolve(ctx => ctx.Source.Person);
        Field<NonNullGraphType<HouseholdGraphType>>("household")
            .Resolve(ctx => ctx.Source.Household is { } household
                ? new LoadedResult<Household?>(household)
                : ctx.RequestService<HouseholdByIdLoader>().Load(ctx.Source.HouseholdId));
    }
}
