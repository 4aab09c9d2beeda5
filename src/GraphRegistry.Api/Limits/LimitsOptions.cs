namespace GraphRegistry.Api.Limits;

/// <summary>The registry-wide defaults of <see cref="QueryLimits"/> and of the agency quotas; agencies may override each.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Deepest field nesting: enough for the standard introspection query (its type references nest about 13 deep).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest complexity, where a list or connection field costs its page size times its selection.</summary>
    public int MaxComplexity { get; set; } = 20_000;

    public int MaxAliases { get; set; } = 30;

    public int MaxRootFields { get; set; } = 10;

    /// <summary>Characters of query text; far below the body limit, which also carries variables.</summary>
    public int MaxDocumentCharacters { get; set; } = 16 * 1024;

    /// <summary>Named fragments per document: fragments spreading each other multiply validation work.</summary>
    public int MaxFragments { get; set; } = 50;

    /// <summary>
    /// Selections (fields, fragment spreads, inline fragments) per document, counted before validation:
    /// the specification's overlapping-fields rule compares same-named selections pairwise, so 5,000 of
    /// them in a 16 kB document took seconds. The standard introspection query makes about 110.
    /// </summary>
    public int MaxSelections { get; set; } = 500;

    /// <summary>
    /// <c>__schema</c> and <c>__type</c> selections per document. Introspection costs what the schema
    /// holds, not a list multiplier, so this is what refuses it asked over and over in one request;
    /// tools ask once (GraphiQL, code generators: one <c>__schema</c>).
    /// </summary>
    public int MaxIntrospections { get; set; } = 3;

    /// <summary>Wall time an execution may take before it is cancelled and answered with TIMEOUT; zero refuses every execution.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests an agency may send in one clock minute.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Distinct households an agency may read in one UTC day.</summary>
    public int SubjectsPerDay { get; set; } = 10_000;

    /// <summary>
    /// On PostgreSQL, how long a quota count may take before the request is refused with
    /// QUOTA_UNAVAILABLE: a database that hangs must not hold every agency request with it.
    /// </summary>
    public TimeSpan QuotaStoreTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
