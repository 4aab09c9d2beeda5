using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Statistics;

public sealed class StatisticTableGraphType : ObjectGraphType<StatisticTable>
{
    public StatisticTableGraphType()
    {
        Name = "StatisticTable";
        Description = "Perturbed counts: each figure is its true count plus a small noise (see perturbation), the same every time the same records are counted; a figure of some but fewer than minimumCount is hidden.";
        this.ForAudience(FieldAudience.Analyst);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dimensions").Resolve(ctx => ctx.Source.Dimensions);
        Field(t => t.Unit).Description("HOUSEHOLDS or PERSONS.");
        Field(t => t.Program, nullable: true).Description("The programme eligibility, enrolment and coverage refer to.");
        Field(t => t.MinimumCount);
        Field<NonNullGraphType<StatisticPerturbationGraphType>>("perturbation").Resolve(ctx => ctx.Source.Perturbation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticCellGraphType>>>>("cells").Resolve(ctx => ctx.Source.Cells);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticCellGraphType>>>>("rowTotals")
            .Description("Two-way tables: totals per category of the first dimension, the same figures as its one-way table.")
            .Resolve(ctx => ctx.Source.RowTotals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticCellGraphType>>>>("columnTotals")
            .Description("Two-way tables: totals per category of the second dimension.")
            .Resolve(ctx => ctx.Source.ColumnTotals);
        Field<NonNullGraphType<StatisticCellGraphType>>("total").Resolve(ctx => ctx.Source.Total);
    }
}
