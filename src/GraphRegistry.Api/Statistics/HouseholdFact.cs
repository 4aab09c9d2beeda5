using GraphRegistry.Api.Enrollments;
using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Statistics;

/// <summary>What a count reads of one household: never an identifier, never a personal value; its record key and the sum of its current members' record keys.</summary>
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
    bool Checked,
    long RecordKey,
    long MemberKeySum);
