namespace GraphRegistry.Api.Statistics;

/// <summary>
/// The cell-key method's lookup: a count and its cell key give the published value. A cell of
/// count c at least the maximum noise draws from the configured distribution; a smaller one from
/// that distribution cut at −c and rescaled, so no count is published below zero (a slight upward
/// bias, only for counts below the maximum noise). An empty cell has no records and no key: it is
/// published as 0, while a cell of a few records may be published as 0 too.
/// </summary>
public sealed class PerturbationTable
{
    // cumulative[c][k]: probability of a noise of at most k − maximum, for counts c (the last row for every larger count).
    private readonly double[][] cumulative;

    public PerturbationTable(int maximumNoise, IReadOnlyList<double> probabilities)
    {
        MaximumNoise = maximumNoise;
        Variance = probabilities.Select((p, k) => p * (k - maximumNoise) * (k - maximumNoise)).Sum();
        cumulative = [.. Enumerable.Range(0, maximumNoise + 1).Select(count => Cumulative(Row(count, maximumNoise, probabilities)))];
    }

    public int MaximumNoise { get; }

    public double Variance { get; }

    /// <summary>The probability of each noise −max…+max for a cell of this count: the attacker tests' bound reads it.</summary>
    public static double[] Row(long count, int maximumNoise, IReadOnlyList<double> probabilities)
    {
        var lowest = (int)Math.Min(count, maximumNoise);
        var row = probabilities.Select((p, k) => k - maximumNoise >= -lowest ? p : 0).ToArray();
        var mass = row.Sum();
        return [.. row.Select(p => p / mass)];
    }

    public long Publish(CellTally cell)
    {
        if (cell.Count == 0)
        {
            return 0;
        }

        var row = cumulative[Math.Min(cell.Count, MaximumNoise)];
        var key = cell.Key;
        var k = 0;
        while (k < row.Length - 1 && key >= row[k])
        {
            k++;
        }

        return cell.Count + k - MaximumNoise;
    }

    private static double[] Cumulative(double[] row)
    {
        var sum = 0.0;
        return [.. row.Select(p => sum += p)];
    }
}
