namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Turns tallies into a published table. Every entry (cell, row total, column total, grand total)
/// is perturbed as a cell of its own from its own records, so the same records give the same
/// figure in every table and at every asking, and two tables subtracted leave noise. A published
/// figure of some but fewer than the minimum is hidden; a person figure is hidden too wherever
/// the household figure of the same records is, so person counts never show a household group
/// the household table hides.
/// </summary>
/// <remarks>
/// Complementary suppression (hiding further cells until no hidden one could be solved from the
/// sums) is gone: with every figure perturbed independently, the sums no longer pin anything.
/// </remarks>
internal static class StatisticTableBuilder
{
    public const int HighestMinimum = 50;

    public static StatisticTable Build(TableRequest request, TableShape shape, IReadOnlyDictionary<(string, string), CellTally> tallies, int minimum, PerturbationTable noise, IReadOnlyDictionary<(string, string), CellTally>? householdTallies = null)
    {
        StatisticCell Entry(IReadOnlyList<string> keys, Func<(string, string), bool> inEntry)
        {
            var published = noise.Publish(Sum(tallies, inEntry));
            var hidden = Hidden(published, minimum) || (householdTallies is not null && Hidden(noise.Publish(Sum(householdTallies, inEntry)), minimum));
            return new StatisticCell(keys, hidden ? null : published);
        }

        var perturbation = new StatisticPerturbation(noise.MaximumNoise, noise.Variance);
        var total = Entry([], _ => true);
        if (!shape.TwoWay)
        {
            return new StatisticTable(request.Dimensions, request.Unit, request.Program, minimum, perturbation,
                [.. shape.Rows.Select(r => Entry([r], key => key.Item1 == r))], [], [], total);
        }

        var columns = shape.Columns!;
        return new StatisticTable(request.Dimensions, request.Unit, request.Program, minimum, perturbation,
            [.. shape.Rows.SelectMany(r => columns.Select(c => Entry([r, c], key => key == (r, c))))],
            [.. shape.Rows.Select(r => Entry([r], key => key.Item1 == r))],
            [.. columns.Select(c => Entry([c], key => key.Item2 == c))],
            total);
    }

    /// <summary>The same table with its two dimensions swapped: the same figures, in the analyst's order.</summary>
    public static StatisticTable Transpose(StatisticTable table)
    {
        // Cells are stored row by row; the transposed table reads them column by column.
        var columns = table.ColumnTotals.Count;
        return table with
        {
            Dimensions = [.. table.Dimensions.Reverse()],
            Cells = [.. Enumerable.Range(0, columns).SelectMany(j => Enumerable.Range(0, table.RowTotals.Count).Select(i => table.Cells[(i * columns) + j]))
                .Select(c => c with { Keys = [c.Keys[1], c.Keys[0]] })],
            RowTotals = table.ColumnTotals,
            ColumnTotals = table.RowTotals,
        };
    }

    private static bool Hidden(long published, int minimum) => published > 0 && published < minimum;

    private static CellTally Sum(IReadOnlyDictionary<(string, string), CellTally> tallies, Func<(string, string), bool> inEntry) =>
        tallies.Where(t => inEntry(t.Key)).Aggregate(default(CellTally), (sum, t) => sum.Add(t.Value));
}
