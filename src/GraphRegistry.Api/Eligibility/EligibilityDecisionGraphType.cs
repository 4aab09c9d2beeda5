using GraphQL.Types;

namespace GraphRegistry.Api.Eligibility;

public sealed class EligibilityDecisionGraphType : ObjectGraphType<DecisionView>
{
    public EligibilityDecisionGraphType()
    {
        Name = "EligibilityDecision";
        Description = "The household's latest eligibility decision for one programme, and why.";
        Field<NonNullGraphType<StringGraphType>>("program").Resolve(ctx => ctx.Source.Program.Code);
        Field<NonNullGraphType<StringGraphType>>("programName").Resolve(ctx => ctx.Source.Program.Name);
        Field<NonNullGraphType<BooleanGraphType>>("eligible").Resolve(ctx => ctx.Source.Decision.Eligible);
        Field<NonNullGraphType<FloatGraphType>>("scoreUsed").Resolve(ctx => ctx.Source.Decision.ScoreUsed);
        Field<NonNullGraphType<FloatGraphType>>("threshold").Resolve(ctx => ctx.Source.Threshold.Threshold);
        Field<NonNullGraphType<EnumerationGraphType<Comparator>>>("comparator").Resolve(ctx => ctx.Source.Threshold.Comparator);
        Field<NonNullGraphType<IntGraphType>>("thresholdVersion").Resolve(ctx => ctx.Source.Threshold.Version);
        Field<NonNullGraphType<EnumerationGraphType<Provenance>>>("provenance").Description("PUBLISHED with a legal text, or ILLUSTRATIVE.").Resolve(ctx => ctx.Source.Threshold.Provenance);
        Field<NonNullGraphType<StringGraphType>>("sourceReference").Resolve(ctx => ctx.Source.Threshold.SourceReference);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Resolve(ctx => ctx.Source.Decision.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasonCodes")
            .Description("A stable code for each reason, in the same order (THRESHOLD_MET, NO_CHILD_6_18_IN_SCHOOL…), for a client that words them in its own language.")
            .Resolve(ctx => ReasonCode.Of(ctx.Source.Decision.Reasons, ctx.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("topVariables")
            .Description("The variables that weighed most in the score.")
            .Resolve(ctx => ctx.Source.Decision.TopVariables);
        Field<NonNullGraphType<StringGraphType>>("explanation")
            .Description("The decision in one sentence a person can read.")
            .Resolve(ctx => Explanation.Of(ctx.Source));
        Field<NonNullGraphType<DateTimeGraphType>>("decidedAt").Resolve(ctx => ctx.Source.Decision.DecidedAt);
    }
}
