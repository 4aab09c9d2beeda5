namespace GraphRegistry.Api.Statistics;

/// <summary>
/// The fixed ways households can be counted. Bands are defined by configuration, never by the
/// analyst, so two queries can only cut the population along the same lines.
/// </summary>
public enum StatisticDimension
{
    Region,
    Province,
    Milieu,
    ScoreBand,
    SizeBand,

    /// <summary>
    /// The latest decision crossed with the current enrolment, for the programme asked:
    /// ELIGIBLE_ENROLLED, ELIGIBLE_NOT_ENROLLED, ENROLLED_NOT_ELIGIBLE, NEITHER. Eligibility and
    /// enrolment are not offered apart: separately protected tables that add up to each other
    /// could undo each other's suppression.
    /// </summary>
    Coverage,

    /// <summary>Declared against verified: VERIFIED (checked against administrative sources and active), PENDING_VERIFICATION, DECLARED_ONLY.</summary>
    Verification,
}
