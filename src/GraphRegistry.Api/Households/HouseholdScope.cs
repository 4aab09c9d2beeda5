using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Households;

/// <summary>Row scope as part of the database query: rows outside it are never read, let alone filtered afterwards.</summary>
public static class HouseholdScope
{
    public static IQueryable<Household> InScope(this IQueryable<Household> households, RowScope scope) =>
        scope.Regions is { } regions ? households.Where(h => regions.Contains(h.RegionCode)) : households;

    /// <summary>Persons whose current household is in scope.</summary>
    public static IQueryable<Person> InScope(this IQueryable<Person> persons, RowScope scope) =>
        scope.Regions is { } regions
            ? persons.Where(p => p.Memberships.Any(m => m.EndDate == null && regions.Contains(m.Household!.RegionCode)))
            : persons;
}
