namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Whether a household would be eligible under a proposed threshold. Only the proposal is
/// counted, not the change from today: today's eligibility is published by COVERAGE, and two
/// separately protected tables that add up to each other could undo each other's suppression.
/// </summary>
public static class WhatIfChange
{
    public const string Dimension = "UNDER_PROPOSAL";

    public static IReadOnlyList<string> Categories { get; } = ["ELIGIBLE", "NOT_ELIGIBLE"];

    public static string Of(bool eligibleUnderProposal) => eligibleUnderProposal ? "ELIGIBLE" : "NOT_ELIGIBLE";
}
