namespace GraphRegistry.Api.Eligibility.Scoring;

public sealed record ScoreResult(string ModelVersion, double Score, double Constant, double RegionalAdjustment, IReadOnlyList<VariableContribution> Contributions);
