using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Graph;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Limits;

/// <summary>Merges the registry defaults with an agency's overrides; principals other than agencies get the defaults.</summary>
public sealed class EffectiveLimits(IOptions<LimitsOptions> limits, IOptions<GraphOptions> graph)
{
    public QueryLimits Defaults => For(null);

    public QueryLimits For(AgencyLimits? agency)
    {
        var defaults = limits.Value;
        return new QueryLimits(
            agency?.MaxDepth ?? defaults.MaxDepth,
            agency?.MaxComplexity ?? defaults.MaxComplexity,
            agency?.MaxAliases ?? defaults.MaxAliases,
            agency?.MaxRootFields ?? defaults.MaxRootFields,
            defaults.MaxFragments,
            defaults.MaxSelections,
            defaults.MaxIntrospections,
            agency?.MaxPageSize ?? graph.Value.MaxPageSize,
            defaults.MaxDocumentCharacters,
            agency?.ExecutionTimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.ExecutionTimeout);
    }

    public AgencyQuota QuotaFor(AgencyLimits? agency) => new(
        agency?.RequestsPerMinute ?? limits.Value.RequestsPerMinute,
        agency?.SubjectsPerDay ?? limits.Value.SubjectsPerDay);
}
