namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>
/// How many exact recoveries an attacker may get by luck: the smallest k such that, with n
/// independent tries each succeeding with probability at most p, more than k successes happen
/// with probability below one in a billion. A test asserting at most k therefore fails by chance
/// less than once in a billion runs, and fails for sure when every try succeeds (as before noise).
/// </summary>
internal static class BinomialBound
{
    public const double FalseAlarm = 1e-9;

    public static int MostByLuck(int n, double p)
    {
        // P(X > k) = 1 − Σ_{i ≤ k} C(n, i) p^i (1−p)^(n−i), summed from the top to keep precision.
        var tail = 0.0;
        for (var k = n; k >= 0; k--)
        {
            var next = tail + Probability(n, k, p);
            if (next >= FalseAlarm)
            {
                return k;
            }

            tail = next;
        }

        return 0;
    }

    private static double Probability(int n, int k, double p)
    {
        var logChoose = LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);
        return Math.Exp(logChoose + (k * Math.Log(p)) + ((n - k) * Math.Log(1 - p)));
    }

    private static double LogFactorial(int n) => Enumerable.Range(2, Math.Max(0, n - 1)).Sum(i => Math.Log(i));
}
