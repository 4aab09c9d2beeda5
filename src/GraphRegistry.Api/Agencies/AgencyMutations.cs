using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Agencies;

public static class AgencyMutations
{
    public static void AddAgencyMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AgencyGraphType>>("grantField")
            .Description("Grants an agency a field, in full or masked; replaces an existing grant. Recorded in policyChanges. Administrators only.")
            .For(FieldAudience.Admin)
            .Argument<NonNullGraphType<GrantFieldInputGraphType>>("input")
            .ResolveAsync(async ctx => await ctx.RequestService<PolicyEditor>().GrantAsync(
                ctx.GetArgument<GrantFieldInput>("input"), ctx.RequestService<RequestAccess>().View.Principal, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<AgencyGraphType>>("revokeField")
            .Description("Withdraws an agency's grant on a field; effective on its next request. Recorded in policyChanges. Administrators only.")
            .For(FieldAudience.Admin)
            .Argument<NonNullGraphType<StringGraphType>>("agency")
            .Argument<NonNullGraphType<StringGraphType>>("field")
            .ResolveAsync(async ctx => await ctx.RequestService<PolicyEditor>().RevokeAsync(
                ctx.GetArgument<string>("agency"), ctx.GetArgument<string>("field"), ctx.RequestService<RequestAccess>().View.Principal, ctx.CancellationToken));
    }
}
