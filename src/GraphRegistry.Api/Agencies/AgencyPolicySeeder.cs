using System.Text.Json;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Households;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Agencies;

/// <summary>
/// Loads the reviewed agency policies into an empty registry. Every grant is validated against the
/// running schema first; one bad grant stops start-up with its coordinate named.
/// </summary>
public sealed class AgencyPolicySeeder(GrantValidator validator, TimeProvider clock, ILogger<AgencyPolicySeeder> logger)
{
    public const string SeededBy = "seed:schema/agency-policies.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            return;
        }

        await using var file = typeof(AgencyPolicySeeder).Assembly.GetManifestResourceStream("AgencyPolicies.json")
            ?? throw new InvalidOperationException("The agency policy seed is not embedded in the assembly.");
        var seed = await JsonSerializer.DeserializeAsync<AgencyPolicySeed>(file, Json, cancellationToken)
            ?? throw new InvalidOperationException("schema/agency-policies.json is empty.");

        var now = clock.GetUtcNow();
        foreach (var entry in seed.Agencies)
        {
            db.Agencies.Add(ToAgency(entry, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} agencies from schema/agency-policies.json", seed.Agencies.Count);
    }

    private Agency ToAgency(AgencyPolicySeed.AgencyEntry entry, DateTimeOffset now)
    {
        var scope = entry.RowScope switch
        {
            "ALL_HOUSEHOLDS" => RowScopeKind.AllHouseholds,
            "REGIONS" when entry.Regions is { Count: > 0 } regions && regions.All(Regions.IsKnown) => RowScopeKind.Regions,
            _ => throw new InvalidOperationException($"Agency {entry.Code}: rowScope must be ALL_HOUSEHOLDS, or REGIONS with known region codes."),
        };
        var agency = new Agency
        {
            Code = entry.Code,
            Name = entry.Name,
            LegalBasisReference = entry.LegalBasis,
            Purposes = [.. entry.Purposes.Select(p => new AgencyPurpose { Code = p.Code, Description = p.Description, LegalBasis = p.LegalBasis })],
            RowScope = scope,
            ScopeRegions = scope == RowScopeKind.Regions ? [.. entry.Regions!] : [],
            Limits = entry.Limits ?? new(),
            PersistedOnly = entry.PersistedOnly,
        };
        foreach (var (coordinate, text) in entry.Grants)
        {
            var rule = GrantValidator.ParseRule(text) ?? throw new InvalidOperationException($"Agency {entry.Code}: '{coordinate}' has an unknown access '{text}'.");
            if (validator.Problem(coordinate, rule) is { } problem)
            {
                throw new InvalidOperationException($"Agency {entry.Code}: {problem}");
            }

            agency.Grants.Add(new FieldGrant { Coordinate = coordinate, Access = rule.Access, Mask = rule.Mask, GrantedAt = now, GrantedBy = SeededBy });
        }

        return agency;
    }
}
