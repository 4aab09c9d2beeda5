namespace GraphRegistry.Api.Statistics;

/// <summary>How a proposed threshold would change a household's eligibility for the programme.</summary>
public static class WhatIfChange
{
    public const string Dimension = "CHANGE";

    public static IReadOnlyList<string> Categories { get; } = ["STAYS_ELIGIBLE", "BECOMES_ELIGIBLE", "BECOMES_INELIGIBLE", "STAYS_INELIGIBLE", "NO_DECISION"];

    public static string Of(bool? eligibleNow, bool eligibleUnderProposal) => (eligibleNow, eligibleUnderProposal) switch
    {
        (null, _) => "NO_DECISION",
        (true, true) => "STAYS_ELIGIBLE",
        (false, true) => "BECOMES_ELIGIBLE",
        (true, false) => "BECOMES_INELIGIBLE",
        (false, false) => "STAYS_INELIGIBLE",
    };
}
