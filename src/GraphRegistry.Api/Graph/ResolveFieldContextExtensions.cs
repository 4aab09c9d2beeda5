using GraphQL;

namespace GraphRegistry.Api.Graph;

public static class ResolveFieldContextExtensions
{
    /// <summary>A service of the current HTTP request's scope (loaders, per-request state).</summary>
    public static T RequestService<T>(this IResolveFieldContext context)
        where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
