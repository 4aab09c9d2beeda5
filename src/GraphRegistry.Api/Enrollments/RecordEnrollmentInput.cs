namespace GraphRegistry.Api.Enrollments;

public sealed record RecordEnrollmentInput(string Household, string Program, EnrollmentStatus Status, DateOnly EffectiveOn, string Reference);
