using GraphRegistry.Api.Data;
using GraphRegistry.Api.Statistics;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>
/// The cell-key method written again, apart from the registry's: from the records a test picks out
/// of the database itself, the figure the registry must publish. A test that agrees with it has
/// checked both the counting and the perturbation exactly, noise and all.
/// </summary>
internal sealed class CellKeyOracle(StatisticsOptions options)
{
    public static CellKeyOracle Of(RegistryApplication registry) => new(registry.Service<IOptions<StatisticsOptions>>().Value);

    public int MaximumNoise => options.MaximumNoise;

    public int Minimum => options.MinimumCellCount;

    /// <summary>The figure for a cell holding records with these keys, or null when the registry must hide it.</summary>
    public long? Published(IReadOnlyCollection<long> recordKeys)
    {
        if (recordKeys.Count == 0)
        {
            return 0;
        }

        var key = recordKeys.Aggregate(0UL, (sum, k) => (sum + (ulong)k) % (1UL << 32)) / (double)(1UL << 32);
        var row = PerturbationTable.Row(recordKeys.Count, options.MaximumNoise, options.Probabilities);
        var cumulative = 0.0;
        var noise = options.MaximumNoise;
        for (var k = 0; k < row.Length; k++)
        {
            cumulative += row[k];
            if (key < cumulative)
            {
                noise = k - options.MaximumNoise;
                break;
            }
        }

        var published = recordKeys.Count + noise;
        return published > 0 && published < options.MinimumCellCount ? null : published;
    }

    /// <summary>The largest chance that two independent figures of at least the maximum noise carry the same noise: what a subtraction recovers exactly.</summary>
    public double SameNoiseChance() => options.Probabilities.Sum(p => p * p);

    public static async Task<Dictionary<long, long>> HouseholdKeysAsync(RegistryApplication registry)
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.Households.ToDictionaryAsync(h => h.Id, h => h.RecordKey);
    }
}
