namespace GraphRegistry.Api.Statistics;

/// <summary>
/// A table laid out for disclosure control: its counts as entries (cells, then row totals, column
/// totals and the grand total) and the sums that tie them together, with the related tables an
/// analyst can also ask for: the one-way table of each dimension, and for provinces the region
/// table. Each step raises the minimum by one, hiding only more than the step before, so asking
/// for a higher minimum never shows a count a lower one hid.
/// </summary>
internal sealed class TableLayout
{
    private readonly TableShape shape;
    private readonly List<long> values = [];
    private readonly List<IReadOnlyDictionary<int, int>> sums = [];
    private readonly TableLayout? rowsTable;
    private readonly TableLayout? columnsTable;
    private readonly TableLayout? parentTable;
    private readonly TableLayout? floor;
    private readonly int rowStart;
    private readonly int columnStart;
    private readonly int totalIndex;
    private readonly int parentStart;
    private bool[] hidden;

    public TableLayout(TableShape shape, IReadOnlyDictionary<(string, string), long> counts, TableLayout? floor = null)
    {
        this.shape = shape;
        this.floor = floor;
        var columns = shape.Columns ?? [string.Empty];
        values.AddRange(shape.Rows.SelectMany(r => columns.Select(c => counts.GetValueOrDefault((r, c)))));
        rowStart = values.Count;
        if (shape.TwoWay)
        {
            values.AddRange(shape.Rows.Select((_, i) => Enumerable.Range(0, columns.Count).Sum(j => values[Cell(i, j)])));
            columnStart = values.Count;
            values.AddRange(columns.Select((_, j) => Enumerable.Range(0, shape.Rows.Count).Sum(i => values[Cell(i, j)])));
            rowsTable = new TableLayout(shape.RowsAlone(), counts.GroupBy(c => (c.Key.Item1, string.Empty)).ToDictionary(g => g.Key, g => g.Sum(c => c.Value)), floor?.rowsTable);
            columnsTable = new TableLayout(shape.ColumnsAlone(), counts.GroupBy(c => (c.Key.Item2, string.Empty)).ToDictionary(g => g.Key, g => g.Sum(c => c.Value)), floor?.columnsTable);
        }
        else
        {
            columnStart = values.Count;
        }

        totalIndex = values.Count;
        values.Add(Enumerable.Range(0, shape.Rows.Count).Sum(i => Enumerable.Range(0, columns.Count).Sum(j => values[Cell(i, j)])));
        parentStart = values.Count;
        if (shape.ParentOf is { } parentOf)
        {
            var parentCounts = counts.GroupBy(c => (parentOf(c.Key.Item1), c.Key.Item2)).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
            parentTable = new TableLayout(shape.Parent(), parentCounts, floor?.parentTable);
            values.AddRange(parentTable.values.Take(parentTable.totalIndex));
        }

        AddSums(columns.Count);
        hidden = new bool[values.Count];
    }

    public IReadOnlyList<long> Values => values;

    public IReadOnlyList<bool> Hidden => hidden;

    public int RowStart => rowStart;

    public int ColumnStart => columnStart;

    public int TotalIndex => totalIndex;

    public void Step(int minimum)
    {
        rowsTable?.Step(minimum);
        columnsTable?.Step(minimum);
        parentTable?.Step(minimum);
        var plan = new SuppressionPlan(values, sums);
        for (var i = 0; i < values.Count; i++)
        {
            if (hidden[i] || (floor?.hidden[i] ?? false))
            {
                plan.Fix(i, true);
            }
        }

        if (rowsTable is not null)
        {
            FixFrom(plan, rowsTable, rowStart, shape.Rows.Count);
            FixFrom(plan, columnsTable!, columnStart, shape.Columns!.Count);
            plan.Fix(totalIndex, rowsTable.hidden[rowsTable.totalIndex] || columnsTable!.hidden[columnsTable.totalIndex] || hidden[totalIndex]);
        }
        else
        {
            // The grand total is hidden only when itself small: hiding it protects nothing else.
            plan.Fix(totalIndex, hidden[totalIndex] || (values[totalIndex] > 0 && values[totalIndex] < minimum) || (floor?.hidden[totalIndex] ?? false));
        }

        if (parentTable is not null)
        {
            FixFrom(plan, parentTable, parentStart, parentTable.totalIndex);
        }

        hidden = [.. plan.Apply(minimum).Hidden];
    }

    private static void FixFrom(SuppressionPlan plan, TableLayout source, int start, int count)
    {
        for (var i = 0; i < count; i++)
        {
            plan.Fix(start + i, source.hidden[i]);
        }
    }

    private int Cell(int row, int column) => (row * (shape.Columns?.Count ?? 1)) + column;

    private void AddSums(int columns)
    {
        var rows = shape.Rows.Count;
        if (shape.TwoWay)
        {
            for (var i = 0; i < rows; i++)
            {
                sums.Add(Sum(Enumerable.Range(0, columns).Select(j => Cell(i, j)), rowStart + i));
            }

            for (var j = 0; j < columns; j++)
            {
                sums.Add(Sum(Enumerable.Range(0, rows).Select(i => Cell(i, j)), columnStart + j));
            }

            sums.Add(Sum(Enumerable.Range(rowStart, rows), totalIndex));
            sums.Add(Sum(Enumerable.Range(columnStart, columns), totalIndex));
        }
        else
        {
            sums.Add(Sum(Enumerable.Range(0, rows), totalIndex));
        }

        if (parentTable is null)
        {
            return;
        }

        // Each region's cells (and, two-way, its row total) are the sums of its provinces'.
        var parents = shape.ParentRows!;
        for (var p = 0; p < parents.Count; p++)
        {
            var members = Enumerable.Range(0, rows).Where(i => shape.ParentOf!(shape.Rows[i]) == parents[p]).ToList();
            for (var j = 0; j < columns; j++)
            {
                sums.Add(Sum(members.Select(i => Cell(i, j)), parentStart + (p * columns) + j));
            }

            if (shape.TwoWay)
            {
                sums.Add(Sum(members.Select(i => rowStart + i), parentStart + parentTable.rowStart + p));
            }
        }
    }

    private static Dictionary<int, int> Sum(IEnumerable<int> parts, int whole)
    {
        var sum = parts.ToDictionary(p => p, _ => 1);
        sum[whole] = -1;
        return sum;
    }
}
