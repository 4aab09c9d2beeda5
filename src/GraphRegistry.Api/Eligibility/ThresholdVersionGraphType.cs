using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Eligibility;

public sealed class ThresholdVersionGraphType : ObjectGraphType<ThresholdVersion>
{
    public ThresholdVersionGraphType()
    {
        Name = "ThresholdVersion";
        this.ForAudience(FieldAudience.Admin);
        Field(t => t.Version);
        Field(t => t.Threshold);
        Field<NonNullGraphType<EnumerationGraphType<Comparator>>>("comparator").Resolve(ctx => ctx.Source.Comparator);
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom").Resolve(ctx => ctx.Source.EffectiveFrom);
        Field<CalendarDateGraphType>("effectiveTo").Resolve(ctx => ctx.Source.EffectiveTo);
        Field<NonNullGraphType<EnumerationGraphType<Provenance>>>("provenance").Resolve(ctx => ctx.Source.Provenance);
        Field(t => t.SourceReference);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<ExtraCriterion>>>>>("criteria").Resolve(ctx => ctx.Source.ExtraCriteria);
    }
}
