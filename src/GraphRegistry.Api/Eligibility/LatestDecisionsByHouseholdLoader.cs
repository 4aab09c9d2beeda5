using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>Each household's latest decision per programme, with the threshold version it used.</summary>
public sealed class LatestDecisionsByHouseholdLoader(RegistryReads reads) : BatchLoader<long, IReadOnlyList<DecisionView>>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<DecisionView>>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        return await reads.ReadAsync(async db =>
        {
            var decisions = await db.EligibilityDecisions.AsNoTracking()
                .Where(d => keys.Contains(d.HouseholdId)
                    && d.Id == db.EligibilityDecisions.Where(o => o.HouseholdId == d.HouseholdId && o.ProgramCode == d.ProgramCode).Max(o => o.Id))
                .ToListAsync(cancellationToken);
            var thresholdIds = decisions.Select(d => d.ThresholdVersionId).Distinct().ToList();
            var thresholds = await db.ThresholdVersions.AsNoTracking().Where(t => thresholdIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
            var programs = await db.Programs.AsNoTracking().ToDictionaryAsync(p => p.Code, cancellationToken);
            return decisions
                .GroupBy(d => d.HouseholdId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<DecisionView>)[.. g.OrderBy(d => d.ProgramCode, StringComparer.Ordinal).Select(d => new DecisionView(d, programs[d.ProgramCode], thresholds[d.ThresholdVersionId]))]);
        }, cancellationToken);
    }

    protected override IReadOnlyList<DecisionView> ValueForMissingKey(long key) => [];
}
