namespace GraphRegistry.Api.Agencies;

/// <summary>A partner agency with a data-sharing agreement: what it may read, for which purposes, about which households.</summary>
public sealed class Agency
{
    public long Id { get; set; }

    /// <summary>Short code used in tokens and policies, e.g. CNSS.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The text that entitles the agency to registry data (law, decree, agreement).</summary>
    public required string LegalBasisReference { get; set; }

    /// <summary>The purposes the agency may declare; nothing else can be asked for.</summary>
    public List<AgencyPurpose> Purposes { get; set; } = [];

    public RowScopeKind RowScope { get; set; }

    /// <summary>Region codes the agency may read, when <see cref="RowScope"/> is Regions.</summary>
    public List<string> ScopeRegions { get; set; } = [];

    public List<FieldGrant> Grants { get; } = [];

    /// <summary>Overrides of the registry's query limits and quotas for this agency.</summary>
    public AgencyLimits Limits { get; set; } = new();

    /// <summary>When set, the agency may only run operations a privacy officer approved, sent by hash.</summary>
    public bool PersistedOnly { get; set; }
}
