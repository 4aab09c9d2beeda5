using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.History;

/// <summary>
/// One change to one field of one record: who, when, why, and the old and new values, encrypted.
/// Append-only: the registry has no operation that edits or deletes a modification.
/// </summary>
public sealed class Modification
{
    public long Id { get; set; }

    public long HouseholdId { get; set; }

    public Households.Household? Household { get; set; }

    /// <summary>The public id of the changed record: a household, a person, or a household's declaration.</summary>
    public required string RecordId { get; set; }

    /// <summary>The changed field as a schema coordinate, e.g. <c>Household.address</c>.</summary>
    public required string Field { get; set; }

    public Encrypted? OldValue { get; set; }

    public Encrypted? NewValue { get; set; }

    public ModificationReason Reason { get; set; }

    /// <summary>The principal subject of the operator or citizen behind the change.</summary>
    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
