using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Refuses, at start-up, a configuration that would let counts isolate tiny groups: bands out of
/// order or narrower than a tenth of a score point, a what-if step of zero, no suppression at all;
/// a perturbation table that is not a symmetric distribution over −MaximumNoise…+MaximumNoise
/// (a biased table would shift every count; one without noise at ±1 leaves small counts exact);
/// a budget below one question.
/// </summary>
public sealed class StatisticsOptionsValidator : IValidateOptions<StatisticsOptions>
{
    public const double NarrowestBand = 0.1;

    public const int MaximumNoiseCap = 20;

    public ValidateOptionsResult Validate(string? name, StatisticsOptions options)
    {
        var problems = new List<string>();
        if (options.MinimumCellCount < 1)
        {
            problems.Add($"{StatisticsOptions.Section}:MinimumCellCount must be at least 1.");
        }

        var edges = options.Edges;
        if (edges.Count == 0 || edges.Any(e => !double.IsFinite(e)))
        {
            problems.Add($"{StatisticsOptions.Section}:ScoreBandEdges must list finite score edges.");
        }
        else if (edges.Zip(edges.Skip(1)).Any(pair => pair.Second - pair.First < NarrowestBand))
        {
            problems.Add($"{StatisticsOptions.Section}:ScoreBandEdges must increase by at least {NarrowestBand}: a narrower band isolates small groups.");
        }

        if (!double.IsFinite(options.WhatIfStep) || options.WhatIfStep < NarrowestBand)
        {
            problems.Add($"{StatisticsOptions.Section}:WhatIfStep must be at least {NarrowestBand}: two proposals closer than a band would isolate the households between them.");
        }

        problems.AddRange(NoiseProblems(options));
        if (options.QuestionsPerDay is < 1)
        {
            problems.Add($"{StatisticsOptions.Section}:QuestionsPerDay must be at least 1 (leave it unset to use the default).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> NoiseProblems(StatisticsOptions options)
    {
        var maximum = options.MaximumNoise;
        if (maximum is < 1 or > MaximumNoiseCap)
        {
            yield return $"{StatisticsOptions.Section}:MaximumNoise must be between 1 and {MaximumNoiseCap}: without noise, differencing two tables recovers exact counts.";
            yield break;
        }

        var p = options.Probabilities;
        const string name = $"{StatisticsOptions.Section}:NoiseProbabilities";
        if (p.Count != (2 * maximum) + 1)
        {
            yield return $"{name} must list {(2 * maximum) + 1} probabilities, for noises −{maximum} to +{maximum}.";
        }
        else if (p.Any(v => !double.IsFinite(v) || v < 0) || Math.Abs(p.Sum() - 1) > 1e-9)
        {
            yield return $"{name} must be a distribution: probabilities of at least 0 that add up to 1.";
        }
        else if (Enumerable.Range(0, maximum).Any(k => Math.Abs(p[k] - p[^(k + 1)]) > 1e-12))
        {
            yield return $"{name} must be symmetric around 0, so that published counts are unbiased.";
        }
        else if (p[0] == 0 || p[maximum - 1] == 0)
        {
            yield return $"{name} must give noises of ±1 and ±{maximum} a probability above 0.";
        }
    }
}
