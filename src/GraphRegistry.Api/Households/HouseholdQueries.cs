using GraphQL;
using GraphQL.Types;
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
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                var scope = ctx.RequestService<RequestAccess>().View.Scope;
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                return await db.Households.AsNoTracking().InScope(scope).SingleOrDefaultAsync(h => h.PublicId == id, ctx.CancellationToken)
                    ?? throw new RegistryError(ErrorCodes.NotFound, "No household has this id.");
            });

        query.Connection<HouseholdGraphType>("households")
            .Description($"Households in public-id order, {options.DefaultPageSize} a page unless 'first' says otherwise (at most {options.MaxPageSize}).")
            .Argument<HouseholdFilterInputGraphType>("filter", "Narrow the list by region, milieu or status.")
            .ResolveAsync(async ctx => await HouseholdPaging.LoadPageAsync(ctx, options));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions")
            .Description("The 12 regions, for filters and forms.")
            .Resolve(_ => Regions.All);
    }
}
