using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Households;

public static class HouseholdQueries
{
    public static void AddHouseholdFields(this ObjectGraphType query, GraphOptions options)
    {
        query.Field<HouseholdGraphType>("household")
            .Description("A household by its public id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithPurpose()
            .ResolveAsync(async ctx => await AuthorizedHousehold.GetAsync(ctx, ctx.GetArgument<string>("id")));

        query.Connection<HouseholdGraphType>("households")
            .Description($"Households in public-id order, {options.DefaultPageSize} a page unless 'first' says otherwise (at most {options.MaxPageSize}).")
            .Argument<HouseholdFilterInputGraphType>("filter", "Narrow the list by region, milieu or status.")
            .Argument<StringGraphType>(PurposeRule.ArgumentName, "Why the data is read. Agencies must give one of their declared purposes; only households it covers are listed.")
            .ResolveAsync(async ctx => await HouseholdPaging.LoadPageAsync(ctx, options));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions")
            .Description("The 12 regions, for filters and forms.")
            .Resolve(_ => Regions.All);
    }
}
