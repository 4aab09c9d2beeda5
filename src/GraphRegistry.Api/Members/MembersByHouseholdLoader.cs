using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Members;

/// <summary>Current members of many households, with their persons, in one query.</summary>
public sealed class MembersByHouseholdLoader(RegistryReads reads) : BatchLoader<long, IReadOnlyList<Membership>>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<Membership>>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        return await reads.ReadAsync(async db =>
        {
            var memberships = await db.Memberships.AsNoTracking()
                .Where(m => keys.Contains(m.HouseholdId) && m.EndDate == null)
                .Include(m => m.Person)
                .OrderBy(m => m.HouseholdId).ThenBy(m => m.Id)
                .ToListAsync(cancellationToken);
            return memberships
                .GroupBy(m => m.HouseholdId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Membership>)[.. g]);
        }, cancellationToken);
    }

    protected override IReadOnlyList<Membership> ValueForMissingKey(long key) => [];
}
