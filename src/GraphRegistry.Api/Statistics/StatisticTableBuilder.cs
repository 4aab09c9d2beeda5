namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Turns raw counts into a published table. A two-way table's margins are hidden exactly as the
/// one-way table of that dimension hides them, so asking both cannot undo either's suppression.
/// </summary>
internal static class StatisticTableBuilder
{
    public static StatisticTable Build(TableRequest request, IReadOnlyList<IReadOnlyList<string>> categories, IReadOnlyDictionary<(string, string), long> counts, int minimum)
    {
        if (categories.Count == 1)
        {
            var rows = categories[0];
            var values = rows.Select(r => counts.GetValueOrDefault((r, string.Empty))).ToList();
            var total = values.Sum();
            var hidden = OneWay(values, total, minimum);
            return new StatisticTable(request.Dimensions, request.Unit, request.Program, minimum,
                [.. rows.Select((r, i) => Cell([r], values[i], hidden[i]))], [], [], Cell([], total, hidden[^1]));
        }

        var (first, second) = (categories[0], categories[1]);
        var cells = first.SelectMany(a => second.Select(b => counts.GetValueOrDefault((a, b)))).ToList();
        var rowTotals = first.Select((_, i) => cells.Skip(i * second.Count).Take(second.Count).Sum()).ToList();
        var columnTotals = second.Select((_, j) => first.Select((_, i) => cells[(i * second.Count) + j]).Sum()).ToList();
        var grand = rowTotals.Sum();
        var rowHidden = OneWay(rowTotals, grand, minimum);
        var columnHidden = OneWay(columnTotals, grand, minimum);

        var plan = TwoWayPlan(cells, rowTotals, columnTotals, grand, first.Count, second.Count);
        var rowStart = cells.Count;
        var columnStart = rowStart + first.Count;
        for (var i = 0; i < first.Count; i++)
        {
            plan.Fix(rowStart + i, rowHidden[i]);
        }

        for (var j = 0; j < second.Count; j++)
        {
            plan.Fix(columnStart + j, columnHidden[j]);
        }

        plan.Fix(columnStart + second.Count, rowHidden[^1]);
        var twoWay = plan.Apply(minimum).Hidden;
        return new StatisticTable(request.Dimensions, request.Unit, request.Program, minimum,
            [.. first.SelectMany((a, i) => second.Select((b, j) => Cell([a, b], cells[(i * second.Count) + j], twoWay[(i * second.Count) + j])))],
            [.. first.Select((a, i) => Cell([a], rowTotals[i], rowHidden[i]))],
            [.. second.Select((b, j) => Cell([b], columnTotals[j], columnHidden[j]))],
            Cell([], grand, rowHidden[^1]));
    }

    /// <summary>Hidden flags for the cells, then the total (hidden only when itself small).</summary>
    private static IReadOnlyList<bool> OneWay(IReadOnlyList<long> cells, long total, int minimum)
    {
        var sum = Enumerable.Range(0, cells.Count).ToDictionary(i => i, _ => 1);
        sum[cells.Count] = -1;
        var plan = new SuppressionPlan([.. cells, total], [sum]);
        plan.Fix(cells.Count, total > 0 && total < minimum);
        return plan.Apply(minimum).Hidden;
    }

    private static SuppressionPlan TwoWayPlan(List<long> cells, List<long> rowTotals, List<long> columnTotals, long grand, int rows, int columns)
    {
        var rowStart = cells.Count;
        var columnStart = rowStart + rows;
        var totalIndex = columnStart + columns;
        var equations = new List<IReadOnlyDictionary<int, int>>();
        for (var i = 0; i < rows; i++)
        {
            var row = Enumerable.Range(0, columns).ToDictionary(j => (i * columns) + j, _ => 1);
            row[rowStart + i] = -1;
            equations.Add(row);
        }

        for (var j = 0; j < columns; j++)
        {
            var column = Enumerable.Range(0, rows).ToDictionary(i => (i * columns) + j, _ => 1);
            column[columnStart + j] = -1;
            equations.Add(column);
        }

        var byRows = Enumerable.Range(0, rows).ToDictionary(i => rowStart + i, _ => 1);
        byRows[totalIndex] = -1;
        var byColumns = Enumerable.Range(0, columns).ToDictionary(j => columnStart + j, _ => 1);
        byColumns[totalIndex] = -1;
        equations.Add(byRows);
        equations.Add(byColumns);
        return new SuppressionPlan([.. cells, .. rowTotals, .. columnTotals, grand], equations);
    }

    private static StatisticCell Cell(IReadOnlyList<string> keys, long count, bool hidden) => new(keys, hidden ? null : count);
}
