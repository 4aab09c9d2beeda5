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

    /// <summary>The latest decision for the programme asked: ELIGIBLE, NOT_ELIGIBLE, NO_DECISION.</summary>
    Eligibility,

    /// <summary>The latest enrolment step for the programme asked: ENROLLED, SUSPENDED, EXITED, NEVER.</summary>
    Enrollment,

    /// <summary>Eligibility crossed with enrolment: ELIGIBLE_ENROLLED, ELIGIBLE_NOT_ENROLLED, ENROLLED_NOT_ELIGIBLE, NEITHER.</summary>
    Coverage,
}
