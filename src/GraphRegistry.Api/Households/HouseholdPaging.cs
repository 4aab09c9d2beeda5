using GraphQL;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Households;

/// <summary>
/// Keyset paging over households in public-id order: a page costs one index range scan,
/// however deep the client has paged.
/// </summary>
internal static class HouseholdPaging
{
    public static async Task<Connection<Household>> LoadPageAsync(IResolveConnectionContext context, GraphOptions options)
    {
        // Read the raw argument: the connection context adjusts out-of-range values instead of reporting them.
        var first = Pages.Size(context.GetArgument<int?>("first"), options.DefaultPageSize, context.RequestService<RequestAccess>().View.Limits.MaxPageSize);

        var after = context.After is { } cursor ? HouseholdCursor.Decode(cursor) : null;
        var filter = context.GetArgument<HouseholdFilter?>("filter");
        if (filter?.Region is { } region && !Regions.IsKnown(region))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'filter.region' must be a region code from 01 to 12.");
        }

        await using var db = await context.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var households = filter?.DueForUpdate is { } due ? DeclarationSchedule.Households(db, due, DeclarationSchedule.Cutoff(context)) : db.Households;
        var matching = Filter(households.AsNoTracking().InScope(context.RequestService<RequestAccess>().Scope), filter).Consented(context, db);
        var page = await (after is null ? matching : matching.Where(h => string.Compare(h.PublicId, after) > 0))
            .OrderBy(h => h.PublicId)
            .Take(first + 1)
            .ToListAsync(context.CancellationToken);

        var wantsTotal = context.SubFields?.ContainsKey("totalCount") ?? true;
        var total = wantsTotal ? await matching.CountAsync(context.CancellationToken) : (int?)null;
        return Pages.Build(page, first, after is not null, HouseholdCursor.Encode, household => household, total);
    }

    private static IQueryable<Household> Filter(IQueryable<Household> households, HouseholdFilter? filter)
    {
        if (filter?.Region is { } region)
        {
            households = households.Where(h => h.RegionCode == region);
        }

        if (filter?.Milieu is { } milieu)
        {
            households = households.Where(h => h.Milieu == milieu);
        }

        if (filter?.Status is { } status)
        {
            households = households.Where(h => h.Status == status);
        }

        return households;
    }
}
