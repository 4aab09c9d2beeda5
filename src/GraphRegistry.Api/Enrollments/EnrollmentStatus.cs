namespace GraphRegistry.Api.Enrollments;

public enum EnrollmentStatus
{
    Enrolled,
    Suspended,
    Exited,
}
