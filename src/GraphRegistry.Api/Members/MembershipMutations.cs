using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Members;

public static class MembershipMutations
{
    public static void AddMembershipMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MembershipGraphType>>("addMember")
            .Description("A member joins the household by BIRTH, MARRIAGE or ARRIVAL on a date; the household is scored again. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<NonNullGraphType<AddMemberInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<AddMemberInput>("input");
                var household = await FindAsync(ctx, input.Household);
                return await ctx.RequestService<MembershipChanger>().AddAsync(household.Id, input, ctx.RequestService<RequestAccess>().View.Principal.Subject, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<MembershipGraphType>>("removeMember")
            .Description("A member leaves the household by DEPARTURE or DEATH on a date; the membership is ended, never deleted. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<NonNullGraphType<RemoveMemberInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<RemoveMemberInput>("input");
                var household = await FindAsync(ctx, input.Household);
                return await ctx.RequestService<MembershipChanger>().RemoveAsync(household.Id, input, ctx.RequestService<RequestAccess>().View.Principal.Subject, ctx.CancellationToken);
            });
    }

    private static Task<Household> FindAsync(IResolveFieldContext context, string publicId) => AuthorizedHousehold.GetAsync(context, publicId);
}
