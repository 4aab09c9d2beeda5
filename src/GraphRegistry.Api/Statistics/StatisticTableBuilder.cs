namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Turns raw counts into a published table. The minimum is raised one step at a time from the
/// configured one, so a higher minimum hides a superset of what a lower one hides; margins are
/// hidden exactly as the one-way tables hide them; province tables add up to the region tables;
/// a person table hides at least what the household table of the same shape hides.
/// </summary>
internal static class StatisticTableBuilder
{
    public const int HighestMinimum = 50;

    public static StatisticTable Build(TableRequest request, TableShape shape, IReadOnlyDictionary<(string, string), long> counts, int baseMinimum, int minimum, IReadOnlyDictionary<(string, string), long>? householdCounts = null)
    {
        var floor = householdCounts is null ? null : new TableLayout(shape, householdCounts);
        var layout = new TableLayout(shape, counts, floor);
        for (var step = baseMinimum; step <= minimum; step++)
        {
            floor?.Step(step);
            layout.Step(step);
        }

        var values = layout.Values;
        var hidden = layout.Hidden;
        StatisticCell Entry(IReadOnlyList<string> keys, int index) => new(keys, hidden[index] ? null : values[index]);
        if (!shape.TwoWay)
        {
            return new StatisticTable(request.Dimensions, request.Unit, request.Program, minimum,
                [.. shape.Rows.Select((r, i) => Entry([r], i))], [], [], Entry([], layout.TotalIndex));
        }

        var columns = shape.Columns!;
        return new StatisticTable(request.Dimensions, request.Unit, request.Program, minimum,
            [.. shape.Rows.SelectMany((r, i) => columns.Select((c, j) => Entry([r, c], (i * columns.Count) + j)))],
            [.. shape.Rows.Select((r, i) => Entry([r], layout.RowStart + i))],
            [.. columns.Select((c, j) => Entry([c], layout.ColumnStart + j))],
            Entry([], layout.TotalIndex));
    }

    /// <summary>The same table with its two dimensions swapped: the analyst's order, the registry's protection.</summary>
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
}
