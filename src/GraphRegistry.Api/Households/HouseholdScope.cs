using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Households;

/// <summary>Row scope as part of the database query: rows outside it are never read, let alone filtered afterwards.</summary>
public static class HouseholdScope
{
    public static IQueryable<Household> InScope(this IQueryable<Household> households, RowScope scope) =>
        scope.Regions is { } regions ? households.Where(h => regions.Contains(h.RegionCode)) : households;
}
