using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

public sealed class LatestScoreByHouseholdLoader(RegistryReads reads) : BatchLoader<long, ScoreComputation?>
{
    protected override async Task<IReadOnlyDictionary<long, ScoreComputation?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        return await reads.ReadAsync(async db =>
        {
            var latest = await db.ScoreComputations.AsNoTracking()
                .Where(s => keys.Contains(s.HouseholdId) && s.Id == db.ScoreComputations.Where(o => o.HouseholdId == s.HouseholdId).Max(o => o.Id))
                .ToListAsync(cancellationToken);
            return latest.ToDictionary(s => s.HouseholdId, s => (ScoreComputation?)s);
        }, cancellationToken);
    }

    protected override ScoreComputation? ValueForMissingKey(long key) => null;
}
