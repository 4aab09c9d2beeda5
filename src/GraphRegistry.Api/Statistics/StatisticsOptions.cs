namespace GraphRegistry.Api.Statistics;

public sealed class StatisticsOptions
{
    public const string Section = "Registry:Statistics";

    /// <summary>Outside Development, the questions per analyst per day when none is configured.</summary>
    public const int DefaultQuestionsPerDay = 200;

    /// <summary>
    /// A published (perturbed) count of some but fewer than this is hidden. Analysts may ask for
    /// more, never for less. Noise does the protecting; this only keeps tiny figures out of print.
    /// </summary>
    public int MinimumCellCount { get; set; } = 5;

    /// <summary>The upper edges of the score bands (a score equal to an edge falls in the band below, as with "≤" thresholds).</summary>
    // An array without an initializer: the configuration binder appends to a pre-filled collection.
    public double[]? ScoreBandEdges { get; set; }

    public IReadOnlyList<double> Edges => ScoreBandEdges ?? [9.0, 9.3264284, 9.743001, 10.2];

    /// <summary>What-if thresholds are multiples of this step, so two proposals cannot isolate a sliver of scores.</summary>
    public double WhatIfStep { get; set; } = 0.1;

    /// <summary>The largest amount the cell-key method adds to or takes from a count.</summary>
    public int MaximumNoise { get; set; } = 3;

    /// <summary>
    /// The perturbation table: the probability of each noise from −MaximumNoise to +MaximumNoise,
    /// symmetric so counts are unbiased. The default is triangular, variance 2.5.
    /// </summary>
    public double[]? NoiseProbabilities { get; set; }

    public IReadOnlyList<double> Probabilities => NoiseProbabilities ?? [1 / 16.0, 2 / 16.0, 3 / 16.0, 4 / 16.0, 3 / 16.0, 2 / 16.0, 1 / 16.0];

    /// <summary>Distinct table questions per analyst per UTC day, counted in the database. Unset: off in Development, <see cref="DefaultQuestionsPerDay"/> elsewhere.</summary>
    public int? QuestionsPerDay { get; set; }
}
