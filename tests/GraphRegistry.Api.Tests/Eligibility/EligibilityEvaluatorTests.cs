using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Eligibility.Scoring;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>Exactly at each threshold, and one millionth either side, for every comparator.</summary>
public sealed class EligibilityEvaluatorTests
{
    public static TheoryData<Comparator, double, bool, string> Boundaries => new()
    {
        { Comparator.LessOrEqual, 9.743001, true, "score 9.743001 ≤ 9.743001" },
        { Comparator.LessOrEqual, 9.743002, false, "score 9.743002 > 9.743001" },
        { Comparator.LessOrEqual, 9.743, true, "score 9.743 ≤ 9.743001" },
        { Comparator.LessThan, 9.743001, false, "score 9.743001 ≥ 9.743001" },
        { Comparator.LessThan, 9.743, true, "score 9.743 < 9.743001" },
        { Comparator.GreaterThan, 9.743001, false, "score 9.743001 ≤ 9.743001" },
        { Comparator.GreaterThan, 9.743002, true, "score 9.743002 > 9.743001" },
        { Comparator.GreaterOrEqual, 9.743001, true, "score 9.743001 ≥ 9.743001" },
        { Comparator.GreaterOrEqual, 9.743, false, "score 9.743 < 9.743001" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void The_comparison_holds_exactly_at_the_threshold(Comparator comparator, double score, bool eligible, string reason)
    {
        var threshold = new ThresholdVersion { Threshold = 9.743001, Comparator = comparator, SourceReference = "test" };

        var (result, criteriaMet, reasons) = EligibilityEvaluator.Evaluate(score, threshold, []);

        Assert.Equal(eligible, result);
        Assert.True(criteriaMet);
        Assert.Equal([reason], reasons);
    }

    [Theory]
    [InlineData(12, true, true, "a member aged 6–18 is in school")]
    [InlineData(12, false, false, "no member aged 6–18 in school")]
    [InlineData(19, true, false, "no member aged 6–18 in school")]
    [InlineData(6, true, true, "a member aged 6–18 is in school")]
    public void Extra_criteria_can_refuse_a_passing_score(int age, bool inSchool, bool eligible, string reason)
    {
        var threshold = new ThresholdVersion { Threshold = 9.6, Comparator = Comparator.LessOrEqual, SourceReference = "test", ExtraCriteria = [ExtraCriterion.ChildAged6To18InSchool] };
        var child = new ScoringMember(Relationship.Child, Sex.Female, age, new MemberSituation { PersonPublicId = "p", EnrolledInSchool = inSchool });

        var (result, criteriaMet, reasons) = EligibilityEvaluator.Evaluate(9.1, threshold, [child]);

        Assert.Equal(eligible, result);
        Assert.Equal(eligible, criteriaMet);
        Assert.Equal(["score 9.1 ≤ 9.6", reason], reasons);
    }
}
