using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.ChangeRequests;

public static class ChangeRequestMutations
{
    /// <summary>The operators' side: review a pending request, then apply an approved one.</summary>
    public static void AddChangeRequestMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ChangeRequestGraphType>>("reviewChangeRequest")
            .Description("Approves or rejects a PENDING change request. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EnumerationGraphType<ChangeDecision>>>("decision")
            .ResolveAsync(async ctx => Touched(ctx, await ctx.RequestService<ChangeRequestService>().ReviewAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<ChangeDecision>("decision"), ctx.RequestService<RequestAccess>().View.Principal.Subject, ctx.CancellationToken)));

        mutation.Field<NonNullGraphType<ChangeRequestGraphType>>("applyChangeRequest")
            .Description("Writes an APPROVED change request's value into the record and its modification history. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => Touched(ctx, await ctx.RequestService<ChangeRequestService>().ApplyAsync(
                ctx.GetArgument<string>("id"), ctx.RequestService<RequestAccess>().View.Principal.Subject, ctx.CancellationToken)));
    }

    /// <summary>The citizen's side, under <c>me</c>: draft a correction, then submit it.</summary>
    public static void AddChangeRequestFields(this ObjectGraphType<object> me)
    {
        me.Field<NonNullGraphType<ChangeRequestGraphType>>("requestChange")
            .Description("Drafts a correction of one field of your household's records (your right to rectification). Submit it to have it reviewed.")
            .For(FieldAudience.Citizen)
            .Argument<NonNullGraphType<ChangeRequestInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var principal = ctx.RequestService<RequestAccess>().View.Principal;
                return Touched(ctx, await ctx.RequestService<ChangeRequestService>().DraftAsync(
                    principal.PersonPublicId!, principal.Subject, ctx.GetArgument<ChangeRequestInput>("input"), ctx.CancellationToken));
            });

        me.Field<NonNullGraphType<ChangeRequestGraphType>>("submitChangeRequest")
            .Description("Sends a DRAFT change request of your household to the registry operators: it becomes PENDING.")
            .For(FieldAudience.Citizen)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => Touched(ctx, await ctx.RequestService<ChangeRequestService>().SubmitAsync(
                ctx.GetArgument<string>("id"), ctx.RequestService<RequestAccess>().View.Principal.PersonPublicId!, ctx.CancellationToken)));
    }

    private static ChangeRequest Touched(IResolveFieldContext context, ChangeRequest request)
    {
        HouseholdWrites.Touch(context, request.Household!.PublicId);
        return request;
    }
}
