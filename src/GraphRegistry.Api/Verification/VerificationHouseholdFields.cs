using GraphQL.Types;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Verification;

public static class VerificationHouseholdFields
{
    public static void AddVerificationChecksField(this ObjectGraphType<Household> household) =>
        household.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VerificationCheckGraphType>>>>("verificationChecks")
            .Description("Every check of the household's declarations against administrative sources, newest first. Registry operators only.")
            .For(FieldAudience.Operator)
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                return await db.VerificationChecks.AsNoTracking().Where(c => c.HouseholdId == ctx.Source.Id).OrderByDescending(c => c.Id).ToListAsync(ctx.CancellationToken);
            });
}
