using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Agencies;

/// <summary>Changes agency grants: validated against the schema first, recorded with who and when, effective on the next request.</summary>
public sealed class PolicyEditor(IDbContextFactory<RegistryDbContext> contexts, GrantValidator validator, AccessViewProvider views, TimeProvider clock)
{
    public async Task<Agency> GrantAsync(GrantFieldInput input, RegistryPrincipal admin, CancellationToken cancellationToken)
    {
        var rule = input.Access switch
        {
            FieldAccess.Full when input.Mask is null => FieldRule.Full,
            FieldAccess.Masked when input.Mask is { } mask => FieldRule.Masked(mask),
            _ => throw new RegistryError(ErrorCodes.InvalidArgument, "A MASKED grant needs a mask; a FULL grant takes none."),
        };
        if (validator.Problem(input.Field, rule) is { } problem)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, problem);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agency = await FindAsync(db, input.Agency, cancellationToken);
        var grant = agency.Grants.SingleOrDefault(g => g.Coordinate == input.Field);
        if (grant is null)
        {
            grant = new FieldGrant { Coordinate = input.Field, GrantedBy = admin.Subject };
            agency.Grants.Add(grant);
        }

        grant.Access = rule.Access;
        grant.Mask = rule.Mask;
        grant.GrantedAt = clock.GetUtcNow();
        grant.GrantedBy = admin.Subject;
        Record(db, agency.Code, input.Field, rule.ToString(), admin);
        await db.SaveChangesAsync(cancellationToken);
        views.Invalidate(agency.Code);
        return agency;
    }

    public async Task<Agency> RevokeAsync(string agencyCode, string coordinate, RegistryPrincipal admin, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agency = await FindAsync(db, agencyCode, cancellationToken);
        var grant = agency.Grants.SingleOrDefault(g => g.Coordinate == coordinate)
            ?? throw new RegistryError(ErrorCodes.NotFound, $"Agency {agency.Code} has no grant on '{coordinate}'.");
        agency.Grants.Remove(grant);
        db.FieldGrants.Remove(grant);
        Record(db, agency.Code, coordinate, "REVOKED", admin);
        await db.SaveChangesAsync(cancellationToken);
        views.Invalidate(agency.Code);
        return agency;
    }

    private static async Task<Agency> FindAsync(RegistryDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Agencies.Include(a => a.Grants).SingleOrDefaultAsync(a => a.Code == code, cancellationToken)
        ?? throw new RegistryError(ErrorCodes.NotFound, "No agency has this code.");

    private void Record(RegistryDbContext db, string agencyCode, string coordinate, string change, RegistryPrincipal admin) =>
        db.PolicyChanges.Add(new PolicyChange
        {
            AgencyCode = agencyCode,
            Coordinate = coordinate,
            Change = change,
            ChangedBy = admin.Subject,
            ChangedAt = clock.GetUtcNow(),
        });
}
