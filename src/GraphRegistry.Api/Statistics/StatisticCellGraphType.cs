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
            .Description("The perturbed count (within perturbation.maximumNoise of the true count; 0 when the cell is empty, and possibly when it holds a few), or null when hidden.")
            .Resolve(ctx => ctx.Source.Count);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed")
            .Description("True when the figure is hidden: its perturbed count is some but fewer than the table's minimumCount (for persons, also when the household figure is hidden).")
            .Resolve(ctx => ctx.Source.Count is null);
    }
}
