namespace GraphRegistry.Api.Statistics;

/// <summary>The categories of a one-way (no columns) or two-way table.</summary>
internal sealed record TableShape(IReadOnlyList<string> Rows, IReadOnlyList<string>? Columns)
{
    public bool TwoWay => Columns is not null;
}
