using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Graph;

/// <summary>
/// Keeps parsed documents by query text so a repeated query is parsed once. Only parsing is
/// skipped: every request is still validated, because validation will depend on who asks.
/// </summary>
public sealed class ParsedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache cache;
    private long parses;
    private long hits;

    public ParsedDocumentCache(IOptions<GraphOptions> options)
    {
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheCharacters });
    }

    /// <summary>Documents parsed since start (cache misses that produced a document).</summary>
    public long Parses => Interlocked.Read(ref parses);

    public long Hits => Interlocked.Read(ref hits);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (cache.TryGetValue<GraphQLDocument>(query, out var cached))
        {
            Interlocked.Increment(ref hits);
            options.Document = cached;
            return await next(options);
        }

        var result = await next(options);
        if (result.Document is { } parsed)
        {
            Interlocked.Increment(ref parses);
            cache.Set(query, parsed, new MemoryCacheEntryOptions { Size = Math.Max(query.Length, 1), SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return result;
    }

    public void Dispose() => cache.Dispose();
}
