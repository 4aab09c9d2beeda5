namespace GraphRegistry.Api.Statistics;

/// <summary>How much the figures of a table may differ from the true counts.</summary>
public sealed record StatisticPerturbation(int MaximumNoise, double Variance);
