using GraphQL.Types.Relay.DataObjects;

namespace GraphRegistry.Api.Graph;

/// <summary>Forward-only Relay pages: one row more than asked tells whether another page follows.</summary>
public static class Pages
{
    /// <summary>The page size asked for, or the default; outside 0..max it is an INVALID_ARGUMENT error.</summary>
    public static int Size(int? requested, int defaultSize, int max)
    {
        var first = requested ?? defaultSize;
        return first >= 0 && first <= max
            ? first
            : throw new RegistryError(ErrorCodes.InvalidArgument, $"'first' must be between 0 and {max}.");
    }

    /// <summary>Builds the connection from up to first + 1 rows read in cursor order.</summary>
    public static Connection<TNode> Build<TRow, TNode>(IReadOnlyList<TRow> rows, int first, bool after, Func<TRow, string> cursor, Func<TRow, TNode> node, int? totalCount = null)
    {
        var edges = rows.Take(first).Select(row => new Edge<TNode> { Cursor = cursor(row), Node = node(row) }).ToList();
        return new Connection<TNode>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = rows.Count > first,
                HasPreviousPage = after,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
