using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Reads what scoring needs for a batch of households in three indexed queries: the households, each
/// one's latest declaration (a per-household MAX on the (household, version) index, so a batch costs
/// the same at the millionth household as at the first) and the current members.
/// </summary>
internal static class ScoringSource
{
    public static async Task<List<HouseholdToScore>> LoadAsync(RegistryDbContext db, IReadOnlyCollection<long> householdIds, CancellationToken cancellationToken)
    {
        var households = await db.Households.AsNoTracking()
            .Where(h => householdIds.Contains(h.Id))
            .OrderBy(h => h.Id)
            .Select(h => new { h.Id, h.PublicId, h.Milieu, h.RegionCode })
            .ToListAsync(cancellationToken);
        var declarations = await db.Declarations.AsNoTracking()
            .Where(d => householdIds.Contains(d.HouseholdId) && d.Version == db.Declarations.Where(o => o.HouseholdId == d.HouseholdId).Max(o => o.Version))
            .ToDictionaryAsync(d => d.HouseholdId, cancellationToken);
        var members = (await db.Memberships.AsNoTracking()
            .Where(m => householdIds.Contains(m.HouseholdId) && m.EndDate == null)
            .Select(m => new MemberToScore(m.HouseholdId, m.Relationship, m.Person!.PublicId, m.Person.Sex, m.Person.BirthDate))
            .ToListAsync(cancellationToken))
            .ToLookup(m => m.HouseholdId);
        return households
            .Select(h => new HouseholdToScore(h.Id, h.PublicId, h.Milieu, h.RegionCode, declarations.GetValueOrDefault(h.Id), [.. members[h.Id]]))
            .ToList();
    }
}
