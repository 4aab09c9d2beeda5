using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Households;

public static class HouseholdQueries
{
    public static void AddHouseholdFields(this ObjectGraphType query, GraphOptions options)
    {
        query.Field<HouseholdGraphType>("household")
            .Description("A household by its public id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithPurpose()
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                var scope = ctx.RequestService<RequestAccess>().View.Scope;
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var household = await db.Households.AsNoTracking().InScope(scope).SingleOrDefaultAsync(h => h.PublicId == id, ctx.CancellationToken)
                    ?? throw new RegistryError(ErrorCodes.NotFound, "No household has this id.");
                await ConsentGuard.AuthorizeAsync(ctx, db, household.Id, household.PublicId);
                return household;
            });

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
