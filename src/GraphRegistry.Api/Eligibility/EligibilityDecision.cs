namespace GraphRegistry.Api.Eligibility;

/// <summary>A household's eligibility for one programme, with what it rested on. History: decisions are added, never edited.</summary>
public sealed class EligibilityDecision
{
    public long Id { get; set; }

    public long HouseholdId { get; set; }

    public required string ProgramCode { get; set; }

    public long ScoreComputationId { get; set; }

    public double ScoreUsed { get; set; }

    public long ThresholdVersionId { get; set; }

    public bool Eligible { get; set; }

    /// <summary>Whether the extra criteria held, whatever the score: a what-if on the threshold alone reuses it.</summary>
    public bool CriteriaMet { get; set; }

    /// <summary>Sentences a person can read: "score 9.41 ≤ 9.743001", "no member aged 6–18 in school".</summary>
    public List<string> Reasons { get; set; } = [];

    /// <summary>The variables that weighed most in the score, strongest first.</summary>
    public List<string> TopVariables { get; set; } = [];

    public DateTime DecidedAt { get; set; }
}
