namespace GraphRegistry.Api.Statistics;

/// <summary>
/// A one- or two-way table of counts with its margins, after disclosure control. For two
/// dimensions, row totals follow the first and column totals the second.
/// </summary>
public sealed record StatisticTable(
    IReadOnlyList<string> Dimensions,
    string Unit,
    string? Program,
    int MinimumCount,
    IReadOnlyList<StatisticCell> Cells,
    IReadOnlyList<StatisticCell> RowTotals,
    IReadOnlyList<StatisticCell> ColumnTotals,
    StatisticCell Total);
