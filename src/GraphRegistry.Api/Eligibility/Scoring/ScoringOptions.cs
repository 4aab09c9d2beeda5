namespace GraphRegistry.Api.Eligibility.Scoring;

public sealed class ScoringOptions
{
    public const string Section = "Registry:Scoring";

    /// <summary>A model file replacing the embedded ILLUSTRATIVE model; relative to the content root.</summary>
    public string? ModelFile { get; set; }
}
