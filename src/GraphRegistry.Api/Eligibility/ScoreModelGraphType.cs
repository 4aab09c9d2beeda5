using GraphQL.Types;
using GraphRegistry.Api.Eligibility.Scoring;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Eligibility;

public sealed class ScoreModelGraphType : ObjectGraphType<PublishedScoreModel>
{
    public ScoreModelGraphType()
    {
        Name = "ScoreModel";
        Description = "A published score model version. The shipped model is ILLUSTRATIVE: the official coefficients are not public.";
        this.ForAudience(FieldAudience.Admin);
        Field(m => m.Version);
        Field(m => m.Provenance).Description("ILLUSTRATIVE or OFFICIAL.");
        Field(m => m.SourceReference);
        Field(m => m.PublishedBy).Description("The administrator's subject.");
        Field<NonNullGraphType<DateTimeGraphType>>("publishedAt").Resolve(ctx => ctx.Source.PublishedAt);
    }
}
