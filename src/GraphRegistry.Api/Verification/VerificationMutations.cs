using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Verification;

public static class VerificationMutations
{
    public static void AddVerificationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VerificationCheckGraphType>>>>("verifyHousehold")
            .Description("Checks the household's latest declaration and members against the administrative sources and records each check; a mismatch puts the household in PENDING_VERIFICATION. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<NonNullGraphType<IdGraphType>>("household")
            .ResolveAsync(async ctx =>
            {
                var household = await FindAsync(ctx);
                return await ctx.RequestService<HouseholdVerifier>().VerifyAsync(household.Id, ctx.RequestService<RequestAccess>().View.Principal.Subject, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<HouseholdGraphType>>("resolveVerification")
            .Description("Closes a verification: the operator has settled the mismatches and the household is ACTIVE again. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<NonNullGraphType<IdGraphType>>("household")
            .ResolveAsync(async ctx =>
            {
                var household = await FindAsync(ctx);
                return await ctx.RequestService<HouseholdVerifier>().ResolveAsync(household.Id, ctx.RequestService<RequestAccess>().View.Principal.Subject, ctx.CancellationToken);
            });
    }

    private static Task<Household> FindAsync(IResolveFieldContext context) => AuthorizedHousehold.GetAsync(context, context.GetArgument<string>("household"));
}
