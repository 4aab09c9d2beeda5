namespace GraphRegistry.Api.Declarations;

/// <summary>One member's education and employment as declared.</summary>
public sealed class MemberSituation
{
    /// <summary>The member's public id: stable, and known before the person has a database key.</summary>
    public required string PersonPublicId { get; set; }

    public EducationLevel EducationLevel { get; set; }

    public bool EnrolledInSchool { get; set; }

    public EmploymentStatus EmploymentStatus { get; set; }

    public bool HasHealthCoverage { get; set; }
}
