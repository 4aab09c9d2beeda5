namespace GraphRegistry.Api.Households;

/// <summary>Optional filters of the households connection; every one narrows the list.</summary>
public sealed record HouseholdFilter
{
    public string? Region { get; init; }

    public Milieu? Milieu { get; init; }

    public HouseholdStatus? Status { get; init; }

    /// <summary>Only households due to declare again (true) or not (false).</summary>
    public bool? DueForUpdate { get; init; }
}
