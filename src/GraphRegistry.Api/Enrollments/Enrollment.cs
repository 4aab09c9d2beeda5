namespace GraphRegistry.Api.Enrollments;

/// <summary>
/// One step of a household's participation in a programme, recorded by the agency that runs it.
/// Steps are only ever added: the latest per programme is the current status.
/// </summary>
public sealed class Enrollment
{
    public long Id { get; set; }

    public long HouseholdId { get; set; }

    public required string ProgramCode { get; set; }

    public EnrollmentStatus Status { get; set; }

    public DateOnly EffectiveOn { get; set; }

    /// <summary>The agency's own case reference (letters, digits, '-' and '/'), never a name.</summary>
    public required string Reference { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
