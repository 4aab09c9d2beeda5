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

    // The figures come from the builder analysts are answered by, so the utility measured is theirs.
    private static TableUtility Measure(StatisticDimension[] by, Dictionary<(string, string), CellTally> tallies, DimensionCategories categories, PerturbationTable noise, int minimum)
    {
        var shape = new TableShape(categories.Of(by[0]), by.Length == 2 ? categories.Of(by[1]) : null);
        var request = new TableRequest([.. by.Select(StatisticsService.Name)], StatisticsService.Households, null);
        var cells = StatisticTableBuilder.Build(request, shape, tallies, minimum, noise).Cells
            .Select(c => (Published: c.Count, True: tallies.GetValueOrDefault((c.Keys[0], c.Keys.Count == 2 ? c.Keys[1] : string.Empty)).Count))
            .ToList();
        var shown = cells.Where(c => c.Published is not null).Select(c => (Published: c.Published!.Value, c.True)).ToList();
        return new TableUtility(
            string.Join(" × ", request.Dimensions),
            cells.Count,
            shown.Count == 0 ? 0 : shown.Average(c => Math.Abs(c.Published - c.True)),
            shown.Where(c => c.True > 0).Select(c => Math.Abs(c.Published - c.True) / (double)c.True).DefaultIfEmpty(0).Max(),
            cells.Count(c => c.Published is null) / (double)cells.Count,
            cells.Count(c => c.True is > 0 and < 10) / (double)cells.Count);
    }
}
