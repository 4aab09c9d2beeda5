using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

public static class EligibilityQueries
{
    public static void AddEligibilityFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoreModelGraphType>>>>("scoreModels")
            .Description("The score model versions administrators published, newest first; the latest is in force. Empty while the configured (ILLUSTRATIVE) model is.")
            .For(FieldAudience.Admin)
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                return await db.ScoreModels.AsNoTracking().OrderByDescending(m => m.Id).ToListAsync(ctx.CancellationToken);
            });

        // Nullable, so a refusal (NOT_FOUND, NO_CONSENT) nulls this field only, not the whole answer.
        query.Field<ListGraphType<NonNullGraphType<ProgramEligibilityGraphType>>>("eligibilityCheck")
            .Description("Is this household eligible for my programmes? Agencies get the decision for their own programmes only, never the score.")
            .Argument<NonNullGraphType<IdGraphType>>("household")
            .WithPurpose()
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("household");
                var view = ctx.RequestService<RequestAccess>().View;
                var household = await AuthorizedHousehold.GetAsync(ctx, id);
                var decisions = await ctx.RequestService<LatestDecisionsByHouseholdLoader>().Load(household.Id).GetResultAsync(ctx.CancellationToken);
                return view.Principal.Kind == PrincipalKind.Agency
                    ? decisions.Where(d => d.Program.OwningAgencyCode == view.Principal.AgencyCode).ToList()
                    : decisions;
            });
    }
}
