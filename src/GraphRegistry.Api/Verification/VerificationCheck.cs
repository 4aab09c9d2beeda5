namespace GraphRegistry.Api.Verification;

/// <summary>One comparison of a declared value with an administrative source's record. Never updated.</summary>
public sealed class VerificationCheck
{
    public long Id { get; set; }

    public long HouseholdId { get; set; }

    /// <summary>The declaration version checked, when the household has one.</summary>
    public int? DeclarationVersion { get; set; }

    public VerificationSource Source { get; set; }

    /// <summary>The checked field as a schema coordinate, e.g. <c>Person.birthDate</c>.</summary>
    public required string Field { get; set; }

    /// <summary>Public id of the person or household the value belongs to.</summary>
    public required string SubjectId { get; set; }

    public CheckResult Result { get; set; }

    public DateTimeOffset CheckedAt { get; set; }
}
