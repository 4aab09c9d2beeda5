using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Refuses, at start-up, a configuration that would let counts isolate tiny groups: bands out of
/// order or narrower than a tenth of a score point, a what-if step of zero, no suppression at all.
/// </summary>
public sealed class StatisticsOptionsValidator : IValidateOptions<StatisticsOptions>
{
    public const double NarrowestBand = 0.1;

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

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
