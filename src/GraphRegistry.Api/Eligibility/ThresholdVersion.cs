namespace GraphRegistry.Api.Eligibility;

/// <summary>A programme's threshold in force over a period; a change is a new version, never an edit.</summary>
public sealed class ThresholdVersion
{
    public long Id { get; set; }

    public long ProgramId { get; set; }

    public int Version { get; set; }

    public double Threshold { get; set; }

    public Comparator Comparator { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public Provenance Provenance { get; set; }

    public required string SourceReference { get; set; }

    public List<ExtraCriterion> ExtraCriteria { get; set; } = [];
}
