using System.Text.Json.Serialization;

namespace GraphRegistry.Api.Agencies;

/// <summary>The shape of schema/agency-policies.json.</summary>
public sealed record AgencyPolicySeed(IReadOnlyList<AgencyPolicySeed.AgencyEntry> Agencies)
{
    public sealed record AgencyEntry(
        string Code,
        string Name,
        string LegalBasis,
        IReadOnlyList<PurposeEntry> Purposes,
        string RowScope,
        IReadOnlyList<string>? Regions,
        IReadOnlyDictionary<string, string> Grants,
        AgencyLimits? Limits = null,
        bool PersistedOnly = false);

    public sealed record PurposeEntry(string Code, string Description, string? LegalBasis);

    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }
}
