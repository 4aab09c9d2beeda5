using GraphQL.Types;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Consents;

public static class ConsentChoiceQueries
{
    // The agencies' declared purposes are public policy, not anyone's data: a citizen reads them to
    // choose what to consent to, instead of typing codes. Purposes a law covers need no consent.
    public static void AddConsentChoiceFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentChoiceGraphType>>>>("consentChoices")
            .Description("Every agency purpose that needs a household's consent, by agency. Citizens only.")
            .For(FieldAudience.Citizen)
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Code).ToListAsync(ctx.CancellationToken);
                return agencies.SelectMany(a => a.Purposes
                    .Where(p => p.LegalBasis is null)
                    .Select(p => new ConsentChoice(a.Code, a.Name, p.Code, p.Description))).ToList();
            });
    }
}
