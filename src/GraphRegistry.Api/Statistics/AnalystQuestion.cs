namespace GraphRegistry.Api.Statistics;

/// <summary>A distinct table question an analyst asked on a day: asked again, it costs nothing. The question is kept as a hash, never its figures.</summary>
public sealed class AnalystQuestion
{
    public long Id { get; set; }

    public required string Analyst { get; set; }

    /// <summary>The UTC day, "yyyy-MM-dd": the budget's period.</summary>
    public required string Day { get; set; }

    public required string Fingerprint { get; set; }

    public DateTimeOffset AskedAt { get; set; }
}
