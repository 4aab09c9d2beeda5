namespace GraphRegistry.Api.Agencies;

/// <summary>
/// A purpose the agency may declare, in words a citizen understands, and whether a legal basis
/// covers it without consent (the law establishing the programme) or each household must consent.
/// </summary>
public sealed class AgencyPurpose
{
    public required string Code { get; set; }

    public required string Description { get; set; }

    /// <summary>The legal text that covers this purpose without consent; null when consent is required.</summary>
    public string? LegalBasis { get; set; }
}
