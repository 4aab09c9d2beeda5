namespace GraphRegistry.Api.Eligibility;

/// <summary>A scored batch waiting to be written, and the public ids of households whose declaration could not be scored.</summary>
public sealed record PreparedScores(IReadOnlyList<ScoredHousehold> Scores, IReadOnlyList<string> Rejected)
{
    public ScoringBatch Outcome => new(Scores.Count, Rejected);
}
