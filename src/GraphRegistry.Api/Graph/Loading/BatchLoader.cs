using GraphQL.DataLoader;

namespace GraphRegistry.Api.Graph.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while one level of the query executes, then fetches
/// them all with one database round trip when GraphQL.NET first awaits a result. One instance per
/// request (scoped): results are remembered for the rest of that request only.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, TValue> loaded = [];
    private Batch? pending;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (loaded.TryGetValue(key, out var value))
            {
                return new LoadedResult<TValue>(value);
            }

            pending ??= new Batch(this);
            pending.Keys.Add(key);
            return new PendingResult(pending, key);
        }
    }

    /// <summary>
    /// Remembers a value that another query of this request already read (a lookup that joined
    /// it in), so a later <see cref="Load"/> of the key costs no round trip. A value already
    /// loaded is kept: within a request a key has one value.
    /// </summary>
    public void Prime(TKey key, TValue value)
    {
        lock (gate)
        {
            loaded.TryAdd(key, value);
        }
    }

    /// <summary>Fetches every key of one batch in one query. Keys missing from the result get <see cref="ValueForMissingKey"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    protected abstract TValue ValueForMissingKey(TKey key);

    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAndRememberAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await FetchAsync(keys, cancellationToken);
        lock (gate)
        {
            foreach (var key in keys)
            {
                loaded[key] = values.TryGetValue(key, out var value) ? value : ValueForMissingKey(key);
            }
        }

        return values;
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? fetch;

        public BatchLoader<TKey, TValue> Owner => owner;

        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            lock (owner.gate)
            {
                if (fetch is null)
                {
                    // Later loads start a new batch; this one's key set is now closed.
                    if (ReferenceEquals(owner.pending, this))
                    {
                        owner.pending = null;
                    }

                    fetch = owner.FetchAndRememberAsync(Keys, cancellationToken);
                }

                return fetch;
            }
        }
    }

    private sealed class PendingResult(Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.RunAsync(cancellationToken);
            return values.TryGetValue(key, out var value) ? value : batch.Owner.ValueForMissingKey(key);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
