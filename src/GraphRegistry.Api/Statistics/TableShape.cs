namespace GraphRegistry.Api.Statistics;

/// <summary>
/// The categories of a one-way (no columns) or two-way table, and, when the rows are provinces,
/// the region each belongs to: a province table must stay consistent with the region table.
/// </summary>
internal sealed record TableShape(IReadOnlyList<string> Rows, IReadOnlyList<string>? Columns, IReadOnlyList<string>? ParentRows = null, Func<string, string>? ParentOf = null)
{
    public bool TwoWay => Columns is not null;

    public TableShape RowsAlone() => new(Rows, null, ParentRows, ParentOf);

    public TableShape ColumnsAlone() => new(Columns!, null);

    public TableShape Parent() => new(ParentRows!, Columns);
}
