using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Statistics;

public sealed class StatisticTableGraphType : ObjectGraphType<StatisticTable>
{
    public StatisticTableGraphType()
    {
        Name = "StatisticTable";
        Description = "Counts after disclosure control: a count of some but fewer than minimumCount is hidden, and so is any count that would let a hidden one be recovered from the others and the totals.";
        this.ForAudience(FieldAudience.Analyst);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dimensions").Resolve(ctx => ctx.Source.Dimensions);
        Field(t => t.Unit).Description("HOUSEHOLDS or PERSONS.");
        Field(t => t.Program, nullable: true).Description("The programme eligibility, enrolment and coverage refer to.");
        Field(t => t.MinimumCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticCellGraphType>>>>("cells").Resolve(ctx => ctx.Source.Cells);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticCellGraphType>>>>("rowTotals")
            .Description("Two-way tables: totals per category of the first dimension, hidden exactly as its one-way table hides them.")
            .Resolve(ctx => ctx.Source.RowTotals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticCellGraphType>>>>("columnTotals")
            .Description("Two-way tables: totals per category of the second dimension.")
            .Resolve(ctx => ctx.Source.ColumnTotals);
        Field<NonNullGraphType<StatisticCellGraphType>>("total").Resolve(ctx => ctx.Source.Total);
    }
}
