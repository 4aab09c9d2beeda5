using GraphQL.DataLoader;

namespace GraphRegistry.Api.Graph.Loading;

public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a pending result without resolving it early, so batching is kept.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new MappedResult<T, TResult>(source, map);

    private sealed class MappedResult<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
