using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Statistics;

public sealed class StatisticCellGraphType : ObjectGraphType<StatisticCell>
{
    public StatisticCellGraphType()
    {
        Name = "StatisticCell";
        this.ForAudience(FieldAudience.Analyst);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keys")
            .Description("The cell's category in each dimension of the table, in the order asked.")
            .Resolve(ctx => ctx.Source.Keys);
        Field<LongGraphType>("count")
            .Description("The count, or null when disclosure control hides it (see suppressed).")
            .Resolve(ctx => ctx.Source.Count);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed")
            .Description("True when the count is hidden: it is small, or it would let a small count be worked out from the others and the totals.")
            .Resolve(ctx => ctx.Source.Count is null);
    }
}
