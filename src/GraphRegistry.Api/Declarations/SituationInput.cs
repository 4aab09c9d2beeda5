namespace GraphRegistry.Api.Declarations;

public sealed record SituationInput(EducationLevel EducationLevel, bool EnrolledInSchool, EmploymentStatus EmploymentStatus, bool HasHealthCoverage);
