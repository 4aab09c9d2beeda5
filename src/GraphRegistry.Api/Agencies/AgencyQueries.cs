using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Agencies;

public static class AgencyQueries
{
    public static void AddAgencyFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyGraphType>>>>("agencies")
            .Description("Every partner agency with its grants. Administrators only.")
            .For(FieldAudience.Admin)
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                return await db.Agencies.AsNoTracking().Include(a => a.Grants).OrderBy(a => a.Code).ToListAsync(ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyChangeGraphType>>>>("policyChanges")
            .Description("Changes to agency grants, newest first. Administrators only.")
            .For(FieldAudience.Admin)
            .Argument<StringGraphType>("agency", "Only this agency's changes.")
            .ResolveAsync(async ctx =>
            {
                var agency = ctx.GetArgument<string?>("agency");
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var changes = db.PolicyChanges.AsNoTracking();
                changes = agency is null ? changes : changes.Where(c => c.AgencyCode == agency);

                // Ordered by key: SQLite cannot order by a DateTimeOffset column, and keys grow with time.
                return await changes.OrderByDescending(c => c.Id).Take(500).ToListAsync(ctx.CancellationToken);
            });
    }
}
