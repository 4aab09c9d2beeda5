using GraphQL.DataLoader;

namespace GraphRegistry.Api.Graph.Loading;

/// <summary>A loader result that is already known, so GraphQL.NET completes it without waiting.</summary>
public sealed class LoadedResult<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
