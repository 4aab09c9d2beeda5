using System.Globalization;
using GraphRegistry.Api.Eligibility.Scoring;

namespace GraphRegistry.Api.Eligibility;

/// <summary>Compares a score with a threshold version and checks its extra criteria, saying why in plain sentences.</summary>
public static class EligibilityEvaluator
{
    public static (bool Eligible, bool CriteriaMet, List<string> Reasons) Evaluate(double score, ThresholdVersion threshold, IReadOnlyList<ScoringMember> members)
    {
        var reasons = new List<string>();
        var passes = Passes(score, threshold.Comparator, threshold.Threshold);
        var criteriaMet = true;
        reasons.Add($"{ScorePrefix}{Number(score)} {Symbol(threshold.Comparator, passes)} {Number(threshold.Threshold)}");
        foreach (var criterion in threshold.ExtraCriteria)
        {
            var (met, sentence) = criterion switch
            {
                ExtraCriterion.ChildAged6To18InSchool => members.Any(m => m.Age is >= 6 and <= 18 && m.Situation.EnrolledInSchool) is var child
                    ? (child, child ? CriterionSentence.ChildInSchool : CriterionSentence.NoChildInSchool)
                    : default,
                ExtraCriterion.MemberAged60Plus => members.Any(m => m.Age >= 60) is var elder
                    ? (elder, elder ? CriterionSentence.MemberAged60Plus : CriterionSentence.NoMemberAged60Plus)
                    : default,
                ExtraCriterion.NoOtherMandatoryCoverage => members.All(m => !m.Situation.HasHealthCoverage) is var uncovered
                    ? (uncovered, uncovered ? CriterionSentence.NoOtherCoverage : CriterionSentence.OtherCoverage)
                    : default,
                _ => (false, "unknown criterion"),
            };
            reasons.Add(sentence);
            criteriaMet &= met;
        }

        return (passes && criteriaMet, criteriaMet, reasons);
    }

    /// <summary>
    /// The score's part of a decision, for a reader who may not see the score (an agency): whether
    /// the programme's threshold was met, which the decision already implies, and no number.
    /// </summary>
    public static string ThresholdSentence(double score, ThresholdVersion threshold) =>
        Passes(score, threshold.Comparator, threshold.Threshold) ? ThresholdMet : ThresholdNotMet;

    /// <summary>How the stored score sentence starts ("score 9.41 ≤ 9.743001").</summary>
    public const string ScorePrefix = "score ";

    public const string ThresholdMet = "the household's socio-economic index meets the programme's threshold";

    public const string ThresholdNotMet = "the household's socio-economic index does not meet the programme's threshold";

    public static bool Passes(double score, Comparator comparator, double threshold) => comparator switch
    {
        Comparator.LessOrEqual => score <= threshold,
        Comparator.LessThan => score < threshold,
        Comparator.GreaterThan => score > threshold,
        Comparator.GreaterOrEqual => score >= threshold,
        _ => false,
    };

    /// <summary>The shortest text that round-trips: a threshold prints as published (9.3264284), a score as stored.</summary>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    // The symbol states the comparison that holds, so the sentence is true whichever way it went.
    private static string Symbol(Comparator comparator, bool passes) => (comparator, passes) switch
    {
        (Comparator.LessOrEqual, true) or (Comparator.GreaterThan, false) => "≤",
        (Comparator.LessOrEqual, false) or (Comparator.GreaterThan, true) => ">",
        (Comparator.LessThan, true) or (Comparator.GreaterOrEqual, false) => "<",
        _ => "≥",
    };
}
