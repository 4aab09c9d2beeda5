using GraphRegistry.Api.Eligibility.Scoring;

namespace GraphRegistry.Api.Eligibility;

/// <summary>One computed score of one declaration version under one model version. Never edited; an appeal adds a corrected score.</summary>
public sealed class ScoreComputation
{
    public long Id { get; set; }

    public long HouseholdId { get; set; }

    public long DeclarationId { get; set; }

    public int DeclarationVersion { get; set; }

    public required string ModelVersion { get; set; }

    public double CalculatedScore { get; set; }

    public double? CorrectedScore { get; set; }

    public double FinalScore => CorrectedScore ?? CalculatedScore;

    public ScoreTrigger Trigger { get; set; }

    /// <summary>The rescoring run that produced it, so an interrupted run resumes without duplicates.</summary>
    public string? RunId { get; set; }

    public DateTime ComputedAt { get; set; }

    public List<VariableContribution> Contributions { get; set; } = [];
}
