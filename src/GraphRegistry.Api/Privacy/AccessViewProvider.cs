using System.Collections.Concurrent;
using System.Collections.Frozen;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Limits;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Builds each principal's access view. Agencies' views come from their grants in the database,
/// cached for a short while (a change made on another API node counts within that time) and
/// dropped at once when an administrator changes them on this node; the other kinds are fixed by role.
/// </summary>
public sealed class AccessViewProvider(SchemaCatalog catalog, IDbContextFactory<RegistryDbContext> contexts, EffectiveLimits limits, TimeProvider clock)
{
    /// <summary>How long an agency's grants are trusted before they are read again.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, CachedPolicy> agencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<PrincipalKind, FrozenDictionary<string, FieldRule>> roles = new();

    /// <summary>The view, or null when the token names an agency the registry does not know.</summary>
    public async Task<AccessView?> GetAsync(RegistryPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.Kind != PrincipalKind.Agency)
        {
            return new AccessView(principal, roles.GetOrAdd(principal.Kind, RoleRules), RowScope.All, catalog, limits.Defaults);
        }

        // Loaded once for all concurrent requests, so not tied to any one request's cancellation.
        AgencyPolicy? policy;
        try
        {
            var cached = agencies.GetOrAdd(principal.AgencyCode!, Load);
            if (clock.GetUtcNow() - cached.LoadedAt > Freshness)
            {
                agencies.TryRemove(new KeyValuePair<string, CachedPolicy>(principal.AgencyCode!, cached));
                cached = agencies.GetOrAdd(principal.AgencyCode!, Load);
            }

            policy = await cached.Policy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            agencies.TryRemove(principal.AgencyCode!, out _);
            throw;
        }

        if (policy is null)
        {
            agencies.TryRemove(principal.AgencyCode!, out _);
            return null;
        }

        return new AccessView(principal, policy.Rules, policy.Scope, catalog, policy.Limits, policy.Purposes, policy.Quota, policy.PersistedOnly);
    }

    /// <summary>Forgets an agency's cached grants; the next request reads them again.</summary>
    public void Invalidate(string agencyCode) => agencies.TryRemove(agencyCode, out _);

    private CachedPolicy Load(string code) => new(new(() => LoadAgencyAsync(code, CancellationToken.None)), clock.GetUtcNow());

    private sealed record CachedPolicy(Lazy<Task<AgencyPolicy?>> Policy, DateTimeOffset LoadedAt);

    private sealed record AgencyPolicy(FrozenDictionary<string, FieldRule> Rules, RowScope Scope, FrozenDictionary<string, AgencyPurpose> Purposes, QueryLimits Limits, AgencyQuota Quota, bool PersistedOnly);

    private FrozenDictionary<string, FieldRule> RoleRules(PrincipalKind kind)
    {
        var granted = catalog.Fields.Where(field => kind switch
        {
            PrincipalKind.Operator => field.Audience is FieldAudience.Registry or FieldAudience.Operator or FieldAudience.Casework,
            PrincipalKind.Admin => field.Audience == FieldAudience.Admin || IsReferenceData(field),
            PrincipalKind.PrivacyOfficer => field.Audience == FieldAudience.Officer || IsReferenceData(field),
            PrincipalKind.Analyst => field.Audience == FieldAudience.Analyst || IsReferenceData(field),
            PrincipalKind.Citizen => field.IsRoot ? field.Audience == FieldAudience.Citizen : field.Audience is FieldAudience.Registry or FieldAudience.Citizen or FieldAudience.Casework,
            _ => false,
        });
        return granted.ToFrozenDictionary(field => field.Coordinate, _ => FieldRule.Full, StringComparer.Ordinal);
    }

    // Officers and administrators see identifiers and field names in the log and the policies, never
    // household values: besides their own fields they read reference data only.
    private static bool IsReferenceData(FieldDescriptor field) => field.Coordinate == "Query.regions";

    private async Task<AgencyPolicy?> LoadAgencyAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Include(a => a.Grants).SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (agency is null)
        {
            return null;
        }

        // Grants of fields the schema no longer has, or that are not for agencies, grant nothing.
        var rules = agency.Grants
            .Where(grant => catalog.Find(grant.Coordinate) is { Audience: FieldAudience.Registry })
            .ToFrozenDictionary(
                grant => grant.Coordinate,
                grant => grant is { Access: FieldAccess.Masked, Mask: { } mask } ? FieldRule.Masked(mask) : FieldRule.Full,
                StringComparer.Ordinal);
        var scope = agency.RowScope == RowScopeKind.Regions ? new RowScope(agency.ScopeRegions) : RowScope.All;
        return new AgencyPolicy(rules, scope, agency.Purposes.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal), limits.For(agency.Limits), limits.QuotaFor(agency.Limits), agency.PersistedOnly);
    }
}
