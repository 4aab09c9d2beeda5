namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>One variable's part of a score: its value, its coefficient and their product.</summary>
public sealed record VariableContribution(string Variable, double Value, double Coefficient, double Contribution);
