using System.Collections.Frozen;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Stable codes for the reasons of a decision, so that a page says them in its own language. The
/// stored reasons stay English sentences (decisions are history, never rewritten); the codes are
/// read from them here, in the one place that knows every sentence the evaluator writes.
/// </summary>
public static class ReasonCode
{
    public const string ThresholdMet = "THRESHOLD_MET";
    public const string ThresholdNotMet = "THRESHOLD_NOT_MET";
    public const string ChildInSchool = "CHILD_6_18_IN_SCHOOL";
    public const string NoChildInSchool = "NO_CHILD_6_18_IN_SCHOOL";
    public const string MemberAged60Plus = "MEMBER_60_PLUS";
    public const string NoMemberAged60Plus = "NO_MEMBER_60_PLUS";
    public const string NoOtherCoverage = "NO_OTHER_MANDATORY_COVERAGE";
    public const string OtherCoverage = "OTHER_MANDATORY_COVERAGE";

    /// <summary>A sentence this table does not know (it would be a bug in the evaluator): the page shows the text.</summary>
    public const string Other = "OTHER";

    private static readonly FrozenDictionary<string, string> BySentence = new Dictionary<string, string>
    {
        [CriterionSentence.ChildInSchool] = ChildInSchool,
        [CriterionSentence.NoChildInSchool] = NoChildInSchool,
        [CriterionSentence.MemberAged60Plus] = MemberAged60Plus,
        [CriterionSentence.NoMemberAged60Plus] = NoMemberAged60Plus,
        [CriterionSentence.NoOtherCoverage] = NoOtherCoverage,
        [CriterionSentence.OtherCoverage] = OtherCoverage,
        [EligibilityEvaluator.ThresholdMet] = ThresholdMet,
        [EligibilityEvaluator.ThresholdNotMet] = ThresholdNotMet,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>One code per reason, in the order of the reasons.</summary>
    public static List<string> Of(IEnumerable<string> reasons, DecisionView view) => [.. reasons.Select(reason =>
        reason.StartsWith(EligibilityEvaluator.ScorePrefix, StringComparison.Ordinal)
            ? (EligibilityEvaluator.Passes(view.Decision.ScoreUsed, view.Threshold.Comparator, view.Threshold.Threshold) ? ThresholdMet : ThresholdNotMet)
            : BySentence.GetValueOrDefault(reason, Other))];
}
