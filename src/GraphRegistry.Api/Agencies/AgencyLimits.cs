namespace GraphRegistry.Api.Agencies;

/// <summary>
/// What an agency's agreement sets apart from the registry defaults (<see cref="Limits.LimitsOptions"/>):
/// a null keeps the default. A bulk-enrolment agency may need larger pages; a small one a tighter quota.
/// </summary>
public sealed class AgencyLimits
{
    public int? MaxDepth { get; set; }

    public int? MaxComplexity { get; set; }

    public int? MaxAliases { get; set; }

    public int? MaxRootFields { get; set; }

    public int? MaxPageSize { get; set; }

    public int? ExecutionTimeoutSeconds { get; set; }

    public int? RequestsPerMinute { get; set; }

    public int? SubjectsPerDay { get; set; }
}
