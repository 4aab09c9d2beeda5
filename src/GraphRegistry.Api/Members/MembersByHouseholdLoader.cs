using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph.Loading;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Members;

/// <summary>Current members of many households, with their persons, in one query.</summary>
public sealed class MembersByHouseholdLoader(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<long, IReadOnlyList<Membership>>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<Membership>>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => keys.Contains(m.HouseholdId) && m.EndDate == null)
            .Include(m => m.Person)
            .OrderBy(m => m.HouseholdId).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return memberships
            .GroupBy(m => m.HouseholdId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Membership>)[.. g]);
    }

    protected override IReadOnlyList<Membership> ValueForMissingKey(long key) => [];
}
