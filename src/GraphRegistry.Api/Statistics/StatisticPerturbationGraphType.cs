using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Statistics;

public sealed class StatisticPerturbationGraphType : ObjectGraphType<StatisticPerturbation>
{
    public StatisticPerturbationGraphType()
    {
        Name = "StatisticPerturbation";
        Description = "The noise in a table's figures (the cell-key method): each figure is its true count plus a noise drawn from a fixed table by the figure's own records, so the same records always give the same figure.";
        this.ForAudience(FieldAudience.Analyst);
        Field(p => p.MaximumNoise).Description("No figure differs from its true count by more than this.");
        Field(p => p.Variance).Description("The variance of the noise on a figure of at least maximumNoise; smaller figures get less.");
        Field<NonNullGraphType<BooleanGraphType>>("additive")
            .Description("False: cells, row totals, column totals and the total are perturbed separately and need not add up.")
            .Resolve(_ => false);
    }
}
