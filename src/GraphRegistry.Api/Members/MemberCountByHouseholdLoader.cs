using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Members;

/// <summary>
/// The number of current members of many households, counted in the database: a household's
/// size needs no member row, let alone their encrypted names.
/// </summary>
public sealed class MemberCountByHouseholdLoader(RegistryReads reads) : BatchLoader<long, int>
{
    protected override async Task<IReadOnlyDictionary<long, int>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        return await reads.ReadAsync(async db =>
        {
            return await db.Memberships
                .Where(m => keys.Contains(m.HouseholdId) && m.EndDate == null)
                .GroupBy(m => m.HouseholdId)
                .Select(g => new { HouseholdId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.HouseholdId, g => g.Count, cancellationToken);
        }, cancellationToken);
    }

    protected override int ValueForMissingKey(long key) => 0;
}
