using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Declarations;

public static class DeclarationMutations
{
    public static void AddDeclarationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DeclarationGraphType>>("submitDeclaration")
            .Description("Records a new declaration version for a household (earlier versions are kept) and scores it again. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<NonNullGraphType<IdGraphType>>("household")
            .Argument<NonNullGraphType<DeclarationInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var household = await AuthorizedHousehold.GetAsync(ctx, ctx.GetArgument<string>("household"));
                return await ctx.RequestService<DeclarationSubmitter>().SubmitAsync(
                    household.Id, ctx.GetArgument<DeclarationInput>("input"), DeclarationSource.Operator, ctx.RequestService<RequestAccess>().View.Principal.Subject, ctx.CancellationToken);
            });
    }

    /// <summary>me.submitDeclaration: the citizen declares a change of their household's situation.</summary>
    public static void AddDeclarationField(this ObjectGraphType<object> me) =>
        me.Field<NonNullGraphType<DeclarationGraphType>>("submitDeclaration")
            .Description("Declares your household's current situation: a new version, scored again; earlier versions are kept.")
            .For(FieldAudience.Citizen)
            .Argument<NonNullGraphType<DeclarationInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var principal = ctx.RequestService<RequestAccess>().View.Principal;
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var household = await db.Memberships.AsNoTracking().Where(m => m.EndDate == null && m.Person!.PublicId == principal.PersonPublicId).Select(m => new { m.HouseholdId, m.Household!.PublicId }).SingleOrDefaultAsync(ctx.CancellationToken)
                    ?? throw new RegistryError(ErrorCodes.NotFound, "The signed-in person belongs to no household.");
                HouseholdWrites.Touch(ctx, household.PublicId);
                return await ctx.RequestService<DeclarationSubmitter>().SubmitAsync(household.HouseholdId, ctx.GetArgument<DeclarationInput>("input"), DeclarationSource.Self, principal.Subject, ctx.CancellationToken);
            });
}
