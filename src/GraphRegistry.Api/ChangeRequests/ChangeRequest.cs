using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.ChangeRequests;

/// <summary>
/// A citizen's request to correct one field of their household's records (the right to
/// rectification): the value on file and the value asked for, both encrypted, and its review.
/// </summary>
public sealed class ChangeRequest
{
    public long Id { get; set; }

    public required string PublicId { get; set; }

    public long HouseholdId { get; set; }

    public Household? Household { get; set; }

    /// <summary>Public id of the record to correct: the household, or one of its members.</summary>
    public required string RecordId { get; set; }

    /// <summary>The field to correct, as Type.field; one of <see cref="ChangeableFields"/>.</summary>
    public required string Field { get; set; }

    public Encrypted? OldValue { get; set; }

    public Encrypted NewValue { get; set; }

    public ChangeRequestStatus Status { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public DateTimeOffset? AppliedAt { get; set; }
}
