using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.ChangeRequests;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Registration;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Consents;

/// <summary>What a citizen can do about their own record: pre-register, declare, ask for corrections, give and withdraw consents.</summary>
public sealed class MeMutationGraphType : ObjectGraphType<object>
{
    public MeMutationGraphType()
    {
        Name = "MeMutation";
        this.ForAudience(FieldAudience.Citizen);
        this.AddPreRegistrationField();
        this.AddDeclarationField();
        this.AddChangeRequestFields();

        Field<NonNullGraphType<ConsentGraphType>>("grantConsent")
            .Description("Gives an agency consent to read the household's data for some of its purposes, until a date.")
            .For(FieldAudience.Citizen)
            .Argument<NonNullGraphType<GrantConsentInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<GrantConsentInput>("input");
                var (householdId, personId) = await CurrentHouseholdAsync(ctx);
                return await ctx.RequestService<ConsentService>().GiveAsync(
                    householdId, personId, input.Agency, input.Purposes, input.DataCategories, input.ExpiresAt, CollectionMethod.Online, ctx.RequestService<RequestAccess>().View.Principal.Subject, ctx.CancellationToken);
            });

        Field<NonNullGraphType<ConsentGraphType>>("withdrawConsent")
            .Description("Withdraws a consent of the household; the agency's very next read is refused.")
            .For(FieldAudience.Citizen)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var (householdId, _) = await CurrentHouseholdAsync(ctx);
                return await ctx.RequestService<ConsentService>().WithdrawAsync(householdId, ctx.GetArgument<string>("id"), ctx.CancellationToken);
            });
    }

    private static async Task<(long HouseholdId, long PersonId)> CurrentHouseholdAsync(IResolveFieldContext context)
    {
        var personId = context.RequestService<RequestAccess>().View.Principal.PersonPublicId;
        await using var db = await context.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.EndDate == null && m.Person!.PublicId == personId)
            .Select(m => new { m.HouseholdId, m.PersonId })
            .SingleOrDefaultAsync(context.CancellationToken)
            ?? throw new RegistryError(ErrorCodes.NotFound, "The signed-in person belongs to no household.");
        return (membership.HouseholdId, membership.PersonId);
    }
}
