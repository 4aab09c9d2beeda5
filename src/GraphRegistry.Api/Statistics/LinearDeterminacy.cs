namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Which unknowns a set of linear equations pins down. The equations are a table's published sums
/// (rows, columns, totals); the unknowns its suppressed entries. An unknown is recoverable exactly
/// when, in reduced row echelon form, its pivot row involves no free unknown.
/// </summary>
internal static class LinearDeterminacy
{
    private const double Tolerance = 1e-9;

    /// <param name="equations">Each equation as coefficients over all entries (entry index → coefficient).</param>
    /// <param name="unknowns">The entries whose values are hidden.</param>
    public static IReadOnlyList<int> Determined(IReadOnlyList<IReadOnlyDictionary<int, int>> equations, IReadOnlyList<int> unknowns)
    {
        var rows = equations.Count;
        var columns = unknowns.Count;
        var matrix = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                matrix[r, c] = equations[r].GetValueOrDefault(unknowns[c]);
            }
        }

        var pivotColumnOfRow = new List<int>();
        var row = 0;
        for (var column = 0; column < columns && row < rows; column++)
        {
            var pivot = Enumerable.Range(row, rows - row).FirstOrDefault(r => Math.Abs(matrix[r, column]) > Tolerance, -1);
            if (pivot < 0)
            {
                continue;
            }

            Swap(matrix, row, pivot, columns);
            var scale = matrix[row, column];
            for (var c = 0; c < columns; c++)
            {
                matrix[row, c] /= scale;
            }

            for (var r = 0; r < rows; r++)
            {
                if (r != row && Math.Abs(matrix[r, column]) > Tolerance)
                {
                    var factor = matrix[r, column];
                    for (var c = 0; c < columns; c++)
                    {
                        matrix[r, c] -= factor * matrix[row, c];
                    }
                }
            }

            pivotColumnOfRow.Add(column);
            row++;
        }

        var determined = new List<int>();
        for (var r = 0; r < pivotColumnOfRow.Count; r++)
        {
            var pivotColumn = pivotColumnOfRow[r];
            var alone = Enumerable.Range(0, columns).All(c => c == pivotColumn || Math.Abs(matrix[r, c]) <= Tolerance);
            if (alone)
            {
                determined.Add(unknowns[pivotColumn]);
            }
        }

        return determined;
    }

    private static void Swap(double[,] matrix, int a, int b, int columns)
    {
        if (a == b)
        {
            return;
        }

        for (var c = 0; c < columns; c++)
        {
            (matrix[a, c], matrix[b, c]) = (matrix[b, c], matrix[a, c]);
        }
    }
}
