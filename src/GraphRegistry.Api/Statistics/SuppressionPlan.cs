namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Small-cell suppression with complementary suppression, checked by linear algebra: entries
/// counting some but fewer than the minimum are hidden; then, while any hidden entry can be
/// recovered from the published ones and the table's sums, the smallest published entry that
/// shares a sum with it is hidden too.
/// </summary>
internal sealed class SuppressionPlan(IReadOnlyList<long> values, IReadOnlyList<IReadOnlyDictionary<int, int>> equations)
{
    private readonly bool[] hidden = new bool[values.Count];
    private readonly bool[] hideable = Enumerable.Repeat(true, values.Count).ToArray();

    public IReadOnlyList<bool> Hidden => hidden;

    /// <summary>Fixes an entry's fate in advance: a margin must be hidden exactly as its own one-way table hides it.</summary>
    public void Fix(int entry, bool isHidden)
    {
        hidden[entry] = isHidden;
        hideable[entry] = false;
    }

    public SuppressionPlan Apply(int minimum)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (hideable[i] && values[i] > 0 && values[i] < minimum)
            {
                hidden[i] = true;
            }
        }

        while (true)
        {
            var unknowns = Enumerable.Range(0, values.Count).Where(i => hidden[i]).ToList();
            var recoverable = LinearDeterminacy.Determined(equations, unknowns);
            if (recoverable.Count == 0)
            {
                return this;
            }

            if (!HideOneMore(recoverable[0]))
            {
                // Nothing left that could protect it: fail closed and publish none of this table.
                Array.Fill(hidden, true);
                return this;
            }
        }
    }

    private bool HideOneMore(int exposed)
    {
        var sharingASum = equations.Where(e => e.ContainsKey(exposed)).SelectMany(e => e.Keys).ToHashSet();
        var candidate = Cheapest(sharingASum) ?? Cheapest(Enumerable.Range(0, values.Count));
        if (candidate is not { } entry)
        {
            return false;
        }

        hidden[entry] = true;
        return true;
    }

    // Hiding a non-zero entry protects; hiding a zero tells little, so it comes last.
    private int? Cheapest(IEnumerable<int> entries) => entries
        .Where(i => hideable[i] && !hidden[i])
        .OrderBy(i => values[i] == 0 ? 1 : 0).ThenBy(i => values[i]).ThenBy(i => i)
        .Select(i => (int?)i)
        .FirstOrDefault();
}
