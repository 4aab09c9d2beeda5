using System.Collections.Frozen;
using GraphQL.Types;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Limits;

namespace GraphRegistry.Api.Privacy;

/// <summary>What one principal may read: a rule per granted field, a row scope, and the limits it runs under.</summary>
public sealed class AccessView(
    RegistryPrincipal principal,
    FrozenDictionary<string, FieldRule> rules,
    RowScope scope,
    SchemaCatalog catalog,
    QueryLimits limits,
    IReadOnlyDictionary<string, AgencyPurpose>? purposes = null,
    AgencyQuota? quota = null,
    bool persistedOnly = false)
{
    public RegistryPrincipal Principal { get; } = principal;

    public RowScope Scope { get; } = scope;

    public IReadOnlyDictionary<string, FieldRule> Rules { get; } = rules;

    public QueryLimits Limits { get; } = limits;

    /// <summary>The agency's quota; null for the registry's own staff and citizens.</summary>
    public AgencyQuota? Quota { get; } = quota;

    /// <summary>The agency may run only approved operations, sent by hash.</summary>
    public bool PersistedOnly { get; } = persistedOnly;

    /// <summary>The purposes an agency may declare, by code; empty for other principals.</summary>
    public IReadOnlyDictionary<string, AgencyPurpose> Purposes { get; } = purposes ?? FrozenDictionary<string, AgencyPurpose>.Empty;

    /// <summary>The rule for a field, or null when it is not granted. Structural types need no grant.</summary>
    public FieldRule? RuleFor(string typeName, string fieldName) =>
        catalog.IsGoverned(typeName) ? rules.GetValueOrDefault($"{typeName}.{fieldName}") : FieldRule.Full;

    /// <summary>A field on an interface is allowed only when every implementation allows it.</summary>
    public bool Allows(IGraphType parent, string fieldName) => parent switch
    {
        IInterfaceGraphType face => face.PossibleTypes.All(type => Allows(type, fieldName)),
        IObjectGraphType or IInputObjectGraphType => RuleFor(parent.Name, fieldName) is not null,
        _ => true,
    };

    public bool Allows(string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && RuleFor(coordinate[..dot], coordinate[(dot + 1)..]) is not null;
    }
}
