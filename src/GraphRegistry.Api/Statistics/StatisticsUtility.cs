using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Statistics;

/// <summary>
/// What the configured perturbation costs on this registry's data: for a fixed set of household
/// tables, the published figures against the true counts. Only errors and shares leave, never a
/// count, so an operator can weigh a perturbation table before analysts see it.
/// </summary>
public sealed class StatisticsUtility(IDbContextFactory<RegistryDbContext> contexts, IOptions<StatisticsOptions> options)
{
    public static IReadOnlyList<StatisticDimension[]> Tables { get; } =
    [
        [StatisticDimension.Region, StatisticDimension.Milieu],
        [StatisticDimension.Province],
        [StatisticDimension.ScoreBand],
        [StatisticDimension.Province, StatisticDimension.Milieu],
        [StatisticDimension.Province, StatisticDimension.SizeBand],
        [StatisticDimension.Province, StatisticDimension.ScoreBand],
    ];

    public async Task<IReadOnlyList<TableUtility>> MeasureAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var categories = new DimensionCategories(settings.Edges);
        var noise = new PerturbationTable(settings.MaximumNoise, settings.Probabilities);
        var tallies = Tables.Select(_ => new Dictionary<(string, string), CellTally>()).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var fact in HouseholdFacts.Stream(db, program: null).WithCancellation(cancellationToken))
        {
            for (var t = 0; t < Tables.Count; t++)
            {
                var by = Tables[t];
                var key = (categories.Label(by[0], fact), by.Length == 2 ? categories.Label(by[1], fact) : string.Empty);
                tallies[t][key] = tallies[t].GetValueOrDefault(key).Add(1, fact.RecordKey);
            }
        }

        return [.. Tables.Select((by, t) => Measure(by, tallies[t], categories, noise, settings.MinimumCellCount))];
    }

    private static TableUtility Measure(StatisticDimension[] by, Dictionary<(string, string), CellTally> tallies, DimensionCategories categories, PerturbationTable noise, int minimum)
    {
        var rows = categories.Of(by[0]);
        var columns = by.Length == 2 ? categories.Of(by[1]) : [string.Empty];
        var cells = rows.SelectMany(r => columns.Select(c => tallies.GetValueOrDefault((r, c)))).ToList();
        var published = cells.Select(noise.Publish).ToList();
        var hidden = published.Select(p => p > 0 && p < minimum).ToList();
        var shown = Enumerable.Range(0, cells.Count).Where(i => !hidden[i]).ToList();
        return new TableUtility(
            string.Join(" × ", by.Select(StatisticsService.Name)),
            cells.Count,
            shown.Count == 0 ? 0 : shown.Average(i => Math.Abs(published[i] - cells[i].Count)),
            shown.Where(i => cells[i].Count > 0).Select(i => Math.Abs(published[i] - cells[i].Count) / (double)cells[i].Count).DefaultIfEmpty(0).Max(),
            hidden.Count(h => h) / (double)cells.Count,
            cells.Count(c => c.Count is > 0 and < 10) / (double)cells.Count);
    }
}
