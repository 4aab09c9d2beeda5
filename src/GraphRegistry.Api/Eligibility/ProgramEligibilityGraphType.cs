using GraphQL.Types;

namespace GraphRegistry.Api.Eligibility;

/// <summary>Minimal disclosure for agencies: the decision and the non-numeric reasons, never the score.</summary>
public sealed class ProgramEligibilityGraphType : ObjectGraphType<DecisionView>
{
    public ProgramEligibilityGraphType()
    {
        Name = "ProgramEligibility";
        Description = "Whether the household is eligible for one of the agency's own programmes. The score itself is not disclosed.";
        Field<NonNullGraphType<StringGraphType>>("program").Resolve(ctx => ctx.Source.Program.Code);
        Field<NonNullGraphType<BooleanGraphType>>("eligible").Resolve(ctx => ctx.Source.Decision.Eligible);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("Why, in plain words: whether the programme's threshold was met (never the score), then each other criterion.")
            .Resolve(ctx => Reasons(ctx.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasonCodes")
            .Description("A stable code for each reason, in the same order (THRESHOLD_MET, NO_CHILD_6_18_IN_SCHOOL…), for a client that words them in its own language.")
            .Resolve(ctx => ReasonCode.Of(Reasons(ctx.Source), ctx.Source));
    }

    // The stored score sentence carries the number; an agency gets the same fact without it.
    private static List<string> Reasons(DecisionView view) =>
    [
        EligibilityEvaluator.ThresholdSentence(view.Decision.ScoreUsed, view.Threshold),
        .. view.Decision.Reasons.Where(r => !r.StartsWith(EligibilityEvaluator.ScorePrefix, StringComparison.Ordinal)),
    ];
}
