using System.Globalization;
using GraphRegistry.Api.Enrollments;
using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Every category of every dimension, listed in full so that empty cells are shown as zero and
/// a table's shape never depends on who is in it; and the category a household falls in.
/// </summary>
public sealed class DimensionCategories(IReadOnlyList<double> scoreBandEdges)
{
    public const string NoScore = "NO_SCORE";

    // Labelled once: Label runs for every household of every question.
    private readonly string[] scoreBands = [.. Enumerable.Range(0, scoreBandEdges.Count + 1).Select(band => ScoreBandLabel(scoreBandEdges, band))];

    public IReadOnlyList<string> Of(StatisticDimension dimension) => dimension switch
    {
        StatisticDimension.Region => [.. Regions.All.Select(r => r.Code)],
        StatisticDimension.Province => [.. Regions.All.SelectMany(r => r.Provinces).Select(p => p.Code)],
        StatisticDimension.Milieu => ["URBAN", "RURAL"],
        StatisticDimension.ScoreBand => [.. scoreBands, NoScore],
        StatisticDimension.SizeBand => ["1", "2-3", "4-5", "6+"],
        StatisticDimension.Coverage => ["ELIGIBLE_ENROLLED", "ELIGIBLE_NOT_ENROLLED", "ENROLLED_NOT_ELIGIBLE", "NEITHER"],
        StatisticDimension.Verification => ["VERIFIED", "PENDING_VERIFICATION", "DECLARED_ONLY"],
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    public string Label(StatisticDimension dimension, HouseholdFact fact) => dimension switch
    {
        StatisticDimension.Region => fact.RegionCode,
        StatisticDimension.Province => fact.ProvinceCode,
        StatisticDimension.Milieu => fact.Milieu == Milieu.Urban ? "URBAN" : "RURAL",
        StatisticDimension.ScoreBand => fact.Score is { } score ? scoreBands[scoreBandEdges.Count(edge => score > edge)] : NoScore,
        StatisticDimension.SizeBand => fact.Size switch { <= 1 => "1", <= 3 => "2-3", <= 5 => "4-5", _ => "6+" },
        StatisticDimension.Coverage => (fact.Eligible == true, fact.Enrollment == EnrollmentStatus.Enrolled) switch
        {
            (true, true) => "ELIGIBLE_ENROLLED",
            (true, false) => "ELIGIBLE_NOT_ENROLLED",
            (false, true) => "ENROLLED_NOT_ELIGIBLE",
            _ => "NEITHER",
        },
        StatisticDimension.Verification => fact switch
        {
            { Status: HouseholdStatus.PendingVerification } => "PENDING_VERIFICATION",
            { Checked: true } => "VERIFIED",
            _ => "DECLARED_ONLY",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>"≤ 9", "(9, 9.3264284]", "> 10.2": a score on an edge falls in the band below.</summary>
    private static string ScoreBandLabel(IReadOnlyList<double> edges, int band) => band switch
    {
        0 => $"≤ {Number(edges[0])}",
        _ when band == edges.Count => $"> {Number(edges[^1])}",
        _ => $"({Number(edges[band - 1])}, {Number(edges[band])}]",
    };

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
