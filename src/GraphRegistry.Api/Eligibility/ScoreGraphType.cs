using GraphQL.Types;

namespace GraphRegistry.Api.Eligibility;

public sealed class ScoreGraphType : ObjectGraphType<ScoreComputation>
{
    public ScoreGraphType()
    {
        Name = "Score";
        Description = "The household's socio-economic score. ILLUSTRATIVE: the official coefficients are not public; this registry ships a hand-made model of the same shape, to be replaced before any real decision.";
        Field(s => s.FinalScore).Description("The corrected score after an appeal, otherwise the calculated one.");
        Field(s => s.CalculatedScore);
        Field(s => s.CorrectedScore, nullable: true);
        Field(s => s.ModelVersion).Description("The model that computed it; ILLUSTRATIVE-… for the shipped model.");
        Field<NonNullGraphType<BooleanGraphType>>("illustrative")
            .Description("True while the model is the shipped ILLUSTRATIVE one.")
            .Resolve(ctx => ctx.Source.ModelVersion.StartsWith("ILLUSTRATIVE", StringComparison.Ordinal));
        Field(s => s.DeclarationVersion);
        Field<NonNullGraphType<EnumerationGraphType<ScoreTrigger>>>("trigger").Resolve(ctx => ctx.Source.Trigger);
        Field<NonNullGraphType<DateTimeGraphType>>("computedAt").Resolve(ctx => ctx.Source.ComputedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionGraphType>>>>("contributions")
            .Description("Each variable's part: value × coefficient, largest first.")
            .Resolve(ctx => ctx.Source.Contributions.OrderByDescending(c => Math.Abs(c.Contribution)).ToList());
    }
}
