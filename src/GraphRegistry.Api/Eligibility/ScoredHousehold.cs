namespace GraphRegistry.Api.Eligibility;

/// <summary>A household's new score and the decisions that cite it, computed and not yet written.</summary>
public sealed record ScoredHousehold(ScoreComputation Score, IReadOnlyList<EligibilityDecision> Decisions);
