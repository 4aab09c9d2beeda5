namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Which households a principal may read at all, applied inside the database query. Null
/// regions mean every region.
/// </summary>
public sealed record RowScope(IReadOnlyList<string>? Regions)
{
    public static RowScope All { get; } = new((IReadOnlyList<string>?)null);
}
