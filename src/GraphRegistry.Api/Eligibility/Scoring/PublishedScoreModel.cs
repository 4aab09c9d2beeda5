namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>
/// A score model an administrator published. The document is kept exactly as published, so any
/// score can be traced to the coefficients that made it; rows are only ever added.
/// </summary>
public sealed class PublishedScoreModel
{
    public long Id { get; set; }

    public required string Version { get; set; }

    public required string Provenance { get; set; }

    /// <summary>The model file's JSON text, as published.</summary>
    public required string Document { get; set; }

    /// <summary>Where the coefficients come from: the decree or study, or why they are illustrative.</summary>
    public required string SourceReference { get; set; }

    public required string PublishedBy { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
}
