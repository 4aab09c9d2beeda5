namespace GraphRegistry.Api.Eligibility;

/// <summary>How a batch went: households scored, and the public ids of those whose declaration could not be scored.</summary>
public sealed record ScoringBatch(int Scored, IReadOnlyList<string> Rejected);
