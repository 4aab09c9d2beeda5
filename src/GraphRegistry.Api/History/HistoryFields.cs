using GraphQL.Types;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.History;

public static class HistoryFields
{
    /// <summary>Household.history: operators only, so no grant can ever open it to an agency.</summary>
    public static void AddHistoryField(this ObjectGraphType<Household> household) =>
        household.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModificationGraphType>>>>("history")
            .Description("Who changed which field of the household's records, when and why, oldest first. Registry operators only.")
            .For(FieldAudience.Operator)
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                return await db.Modifications.AsNoTracking().Where(m => m.HouseholdId == ctx.Source.Id).OrderBy(m => m.Id).ToListAsync(ctx.CancellationToken);
            });
}
