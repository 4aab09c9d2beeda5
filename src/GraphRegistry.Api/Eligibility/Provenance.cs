namespace GraphRegistry.Api.Eligibility;

public enum Provenance
{
    /// <summary>Taken from a published legal text, cited in the source reference.</summary>
    Published,

    /// <summary>A stand-in: the legal text was not found, or the figure is for demonstration.</summary>
    Illustrative,
}
