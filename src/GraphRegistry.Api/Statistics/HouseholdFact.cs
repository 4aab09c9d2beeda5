using GraphRegistry.Api.Enrollments;
using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Statistics;

/// <summary>What a count reads of one household: never an identifier, never a personal value.</summary>
public sealed record HouseholdFact(
    string RegionCode,
    string ProvinceCode,
    Milieu Milieu,
    int Size,
    double? Score,
    bool? Eligible,
    bool? CriteriaMet,
    EnrollmentStatus? Enrollment,
    HouseholdStatus Status,
    bool Checked);
