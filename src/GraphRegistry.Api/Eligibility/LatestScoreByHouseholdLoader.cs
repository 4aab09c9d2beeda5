using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph.Loading;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

public sealed class LatestScoreByHouseholdLoader(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<long, ScoreComputation?>
{
    protected override async Task<IReadOnlyDictionary<long, ScoreComputation?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.ScoreComputations.AsNoTracking()
            .Where(s => keys.Contains(s.HouseholdId) && s.Id == db.ScoreComputations.Where(o => o.HouseholdId == s.HouseholdId).Max(o => o.Id))
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(s => s.HouseholdId, s => (ScoreComputation?)s);
    }

    protected override ScoreComputation? ValueForMissingKey(long key) => null;
}
