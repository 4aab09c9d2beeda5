using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Graph;

/// <summary>
/// Keeps parsed documents by query text so a repeated query is parsed once, and remembers which
/// of its operations already passed the specification's validation rules, so those are not run
/// again. The specification's rules depend only on the document and the schema, which is the same
/// for everyone; every other rule (field grants, purpose, limits: what depends on who asks) still
/// runs on every request, and so does the coercion of the request's variables.
/// </summary>
public sealed class ParsedDocumentCache : IConfigureExecution, IDisposable
{
    private static readonly HashSet<IValidationRule> SpecificationRules = [.. DocumentValidator.CoreRules];

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

        var operation = options.OperationName ?? string.Empty;
        var checksSpecification = SpecificationRules.IsSubsetOf(options.ValidationRules ?? []);
        if (cache.TryGetValue<CachedDocument>(query, out var cached))
        {
            Interlocked.Increment(ref hits);
            options.Document = cached!.Document;
            if (checksSpecification && cached.PassedSpecification.ContainsKey(operation))
            {
                options.ValidationRules = [.. options.ValidationRules!.Where(rule => !SpecificationRules.Contains(rule))];
                return await next(options);
            }
        }

        var result = await next(options);
        if (result.Document is not { } parsed)
        {
            return result;
        }

        if (cached is null)
        {
            Interlocked.Increment(ref parses);
            cached = new CachedDocument(parsed);
            cache.Set(query, cached, new MemoryCacheEntryOptions { Size = Math.Max(query.Length, 1), SlidingExpiration = TimeSpan.FromHours(1) });
        }

        // Executed means every validation rule passed, the specification's among them.
        if (result.Executed && checksSpecification)
        {
            cached.PassedSpecification.TryAdd(operation, 0);
        }

        return result;
    }

    public void Dispose() => cache.Dispose();

    private sealed class CachedDocument(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;

        /// <summary>Operation names (empty for the only, anonymous one) that passed the specification's rules.</summary>
        public ConcurrentDictionary<string, byte> PassedSpecification { get; } = new(StringComparer.Ordinal);
    }
}
