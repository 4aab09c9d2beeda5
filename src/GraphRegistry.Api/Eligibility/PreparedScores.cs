namespace GraphRegistry.Api.Eligibility;

/// <summary>A scored batch waiting to be written, in the columns of <paramref name="Format"/>, and the public ids of households whose declaration could not be scored.</summary>
public sealed record PreparedScores(ScoreRows Format, IReadOnlyList<HouseholdRows> Rows, IReadOnlyList<string> Rejected)
{
    public ScoringBatch Outcome => new(Rows.Count, Rejected);
}
