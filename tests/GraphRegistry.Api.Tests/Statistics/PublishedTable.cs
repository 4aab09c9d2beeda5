using System.Numerics;
using System.Text.Json;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>
/// A two-way table as an analyst receives it, and an attacker's check written independently of the
/// registry's: exact integer elimination over every published sum, asking whether a hidden entry is
/// pinned down by the published ones.
/// </summary>
internal sealed class PublishedTable
{
    private readonly List<long?> entries = [];
    private readonly List<Dictionary<int, long>> sums = [];

    public PublishedTable(JsonElement table)
    {
        Rows = [.. table.GetProperty("rowTotals").EnumerateArray().Select(c => c.GetProperty("keys")[0].GetString()!)];
        Columns = [.. table.GetProperty("columnTotals").EnumerateArray().Select(c => c.GetProperty("keys")[0].GetString()!)];
        var cells = table.GetProperty("cells").EnumerateArray().ToList();
        entries.AddRange(cells.Select(Count));
        entries.AddRange(table.GetProperty("rowTotals").EnumerateArray().Select(Count));
        entries.AddRange(table.GetProperty("columnTotals").EnumerateArray().Select(Count));
        entries.Add(Count(table.GetProperty("total")));
        var rowStart = cells.Count;
        var columnStart = rowStart + Rows.Count;
        var total = columnStart + Columns.Count;
        for (var i = 0; i < Rows.Count; i++)
        {
            sums.Add(Sum(Enumerable.Range(0, Columns.Count).Select(j => CellIndex(i, j)), rowStart + i));
        }

        for (var j = 0; j < Columns.Count; j++)
        {
            sums.Add(Sum(Enumerable.Range(0, Rows.Count).Select(i => CellIndex(i, j)), columnStart + j));
        }

        sums.Add(Sum(Enumerable.Range(rowStart, Rows.Count), total));
        sums.Add(Sum(Enumerable.Range(columnStart, Columns.Count), total));
    }

    public List<string> Rows { get; }

    public List<string> Columns { get; }

    public long? Cell(string row, string column) => entries[CellIndex(Rows.IndexOf(row), Columns.IndexOf(column))];

    /// <summary>True when the published entries and sums determine the hidden cell exactly.</summary>
    public bool Recoverable(string row, string column)
    {
        var target = CellIndex(Rows.IndexOf(row), Columns.IndexOf(column));
        var hidden = Enumerable.Range(0, entries.Count).Where(i => entries[i] is null).ToList();
        var matrix = sums.Select(sum => hidden.Select(h => sum.GetValueOrDefault(h)).ToArray()).ToList();
        var withTarget = matrix.Append(hidden.Select(h => h == target ? 1L : 0L).ToArray()).ToList();
        return Rank(matrix) == Rank(withTarget);
    }

    private static long? Count(JsonElement cell) => cell.GetProperty("count").ValueKind == JsonValueKind.Null ? null : cell.GetProperty("count").GetInt64();

    private static Dictionary<int, long> Sum(IEnumerable<int> parts, int whole)
    {
        var sum = parts.ToDictionary(p => p, _ => 1L);
        sum[whole] = -1;
        return sum;
    }

    // Integer elimination, each row divided by its gcd: exact, no tolerance to argue about.
    public static int Rank(List<long[]> rows)
    {
        var m = rows.Select(r => r.Select(v => (BigInteger)v).ToArray()).ToList();
        var columns = m.Count == 0 ? 0 : m[0].Length;
        var rank = 0;
        for (var c = 0; c < columns && rank < m.Count; c++)
        {
            var pivot = m.FindIndex(rank, r => !r[c].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = rank + 1; r < m.Count; r++)
            {
                if (m[r][c].IsZero)
                {
                    continue;
                }

                var (a, b) = (m[rank][c], m[r][c]);
                m[r] = [.. Enumerable.Range(0, columns).Select(k => (a * m[r][k]) - (b * m[rank][k]))];
                var divisor = m[r].Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
                if (divisor > 1)
                {
                    m[r] = [.. m[r].Select(v => v / divisor)];
                }
            }

            rank++;
        }

        return rank;
    }

    private int CellIndex(int row, int column) => (row * Columns.Count) + column;
}
