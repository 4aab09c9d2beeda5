namespace GraphRegistry.Api.Limits;

/// <summary>
/// The limits one request runs under: the registry's defaults, overridden per agency where its
/// agreement says so. Each is checked before execution except the timeout.
/// </summary>
public sealed record QueryLimits(
    int MaxDepth,
    int MaxComplexity,
    int MaxAliases,
    int MaxRootFields,
    int MaxFragments,
    int MaxSelections,
    int MaxIntrospections,
    int MaxPageSize,
    int MaxDocumentCharacters,
    TimeSpan ExecutionTimeout);
