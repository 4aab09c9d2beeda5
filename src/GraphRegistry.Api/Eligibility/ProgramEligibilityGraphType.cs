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
            .Description("The criteria other than the score, in plain words.")
            .Resolve(ctx => ctx.Source.Decision.Reasons.Where(r => !r.StartsWith("score ", StringComparison.Ordinal)).ToList());
    }
}
