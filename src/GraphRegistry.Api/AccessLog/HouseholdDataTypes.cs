using System.Collections.Frozen;

namespace GraphRegistry.Api.AccessLog;

/// <summary>The types whose fields are household data: reading any of them is logged.</summary>
public static class HouseholdDataTypes
{
    public static FrozenSet<string> Names { get; } = FrozenSet.Create(StringComparer.Ordinal, "Household", "Person", "Membership", "Declaration", "MemberSituation", "Consent", "Score", "ScoreContribution", "EligibilityDecision", "ProgramEligibility", "Enrollment", "ChangeRequest", "VerificationCheck", "Modification");
}
