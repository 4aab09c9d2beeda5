namespace GraphRegistry.Api.Agencies;

/// <summary>An administrator's change to an agency's grants: who, when, what. Rows are only ever added.</summary>
public sealed class PolicyChange
{
    public long Id { get; set; }

    public required string AgencyCode { get; set; }

    public required string Coordinate { get; set; }

    /// <summary>What the grant became, e.g. "FULL", "MASKED(YEAR_ONLY)" or "REVOKED".</summary>
    public required string Change { get; set; }

    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
