using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Consents;

public static class ConsentMutations
{
    public static void AddConsentMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MeMutationGraphType>>("me")
            .Description("The signed-in citizen's own actions. Citizens only.")
            .For(FieldAudience.Citizen)
            .Resolve(_ => new object());

        mutation.Field<NonNullGraphType<ConsentGraphType>>("recordConsent")
            .Description("Records a consent collected on paper at a service desk. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<NonNullGraphType<RecordConsentInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<RecordConsentInput>("input");
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var member = await db.Memberships.AsNoTracking()
                    .Where(m => m.EndDate == null && m.Household!.PublicId == input.Household && m.Person!.PublicId == input.Subject)
                    .Select(m => new { m.HouseholdId, m.PersonId })
                    .SingleOrDefaultAsync(ctx.CancellationToken)
                    ?? throw new RegistryError(ErrorCodes.NotFound, "The subject is not a current member of this household.");
                var principal = ctx.RequestService<RequestAccess>().View.Principal;
                return await ctx.RequestService<ConsentService>().GiveAsync(
                    member.HouseholdId, member.PersonId, input.Agency, input.Purposes, input.DataCategories, input.ExpiresAt, CollectionMethod.Desk, principal.Subject, ctx.CancellationToken);
            });
    }
}
