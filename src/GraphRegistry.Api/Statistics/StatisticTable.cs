namespace GraphRegistry.Api.Statistics;

/// <summary>
/// A one- or two-way table of perturbed counts with its margins. For two dimensions, row totals
/// follow the first and column totals the second. Each figure is perturbed on its own, so the
/// cells need not add up to the totals.
/// </summary>
public sealed record StatisticTable(
    IReadOnlyList<string> Dimensions,
    string Unit,
    string? Program,
    int MinimumCount,
    StatisticPerturbation Perturbation,
    IReadOnlyList<StatisticCell> Cells,
    IReadOnlyList<StatisticCell> RowTotals,
    IReadOnlyList<StatisticCell> ColumnTotals,
    StatisticCell Total);
