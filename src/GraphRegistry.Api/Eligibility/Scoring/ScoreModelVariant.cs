namespace GraphRegistry.Api.Eligibility.Scoring;

public sealed record ScoreModelVariant(double Constant, IReadOnlyDictionary<string, double> RegionAdjustments, IReadOnlyDictionary<string, double> Coefficients);
