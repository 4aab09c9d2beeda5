namespace GraphRegistry.Api.Privacy;

/// <summary>
/// The access view of the request being executed, for code GraphQL.NET calls without a request
/// context (the introspection schema filter). Set by the endpoint around execution.
/// </summary>
public static class CurrentAccess
{
    private static readonly AsyncLocal<AccessView?> Current = new();

    public static AccessView? View => Current.Value;

    public static IDisposable Enter(AccessView view)
    {
        var previous = Current.Value;
        Current.Value = view;
        return new Restore(previous);
    }

    private sealed class Restore(AccessView? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
