namespace GraphRegistry.Api.Statistics;

public sealed class StatisticsOptions
{
    public const string Section = "Registry:Statistics";

    /// <summary>Cells counting fewer (but some) households are suppressed. Analysts may ask for more, never for less.</summary>
    public int MinimumCellCount { get; set; } = 10;

    /// <summary>The upper edges of the score bands (a score equal to an edge falls in the band below, as with "≤" thresholds).</summary>
    // An array without an initializer: the configuration binder appends to a pre-filled collection.
    public double[]? ScoreBandEdges { get; set; }

    public IReadOnlyList<double> Edges => ScoreBandEdges ?? [9.0, 9.3264284, 9.743001, 10.2];

    /// <summary>What-if thresholds are multiples of this step, so two proposals cannot isolate a sliver of scores.</summary>
    public double WhatIfStep { get; set; } = 0.1;
}
