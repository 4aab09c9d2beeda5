namespace GraphRegistry.Api.Eligibility;

/// <summary>A social programme whose eligibility the registry decides, owned by one agency.</summary>
public sealed class SocialProgram
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string OwningAgencyCode { get; set; }

    /// <summary>The owning agency's purpose under which it records enrolments; no other purpose may write them.</summary>
    public string? EnrollmentPurpose { get; set; }

    public List<ThresholdVersion> Thresholds { get; } = [];
}
