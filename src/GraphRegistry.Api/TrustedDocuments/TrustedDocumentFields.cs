using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.TrustedDocuments;

public static class TrustedDocumentFields
{
    public static void AddTrustedDocumentFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustedDocumentGraphType>>>>("trustedDocuments")
            .Description("Operations agencies submitted, newest first. Privacy officers only.")
            .For(FieldAudience.Officer)
            .Argument<StringGraphType>("status", "PENDING, APPROVED or REJECTED.")
            .ResolveAsync(async ctx =>
            {
                var status = ctx.GetArgument<string?>("status");
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var documents = db.TrustedDocuments.AsNoTracking();
                if (status is not null)
                {
                    documents = Enum.TryParse<TrustedDocumentStatus>(status, ignoreCase: true, out var parsed) ? documents.Where(d => d.Status == parsed) : documents.Where(_ => false);
                }

                return await documents.OrderByDescending(d => d.Id).Take(500).ToListAsync(ctx.CancellationToken);
            });
    }

    public static void AddTrustedDocumentMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TrustedDocumentGraphType>>("approveDocument")
            .Description("Lets the agency run this operation by hash. Recorded in policyChanges. Privacy officers only.")
            .For(FieldAudience.Officer)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.RequestService<TrustedDocumentStore>().DecideAsync(
                ctx.GetArgument<long>("id"), approve: true, null, ctx.RequestService<RequestAccess>().View.Principal, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<TrustedDocumentGraphType>>("rejectDocument")
            .Description("Refuses the operation (or withdraws an approval), with a reason. Recorded in policyChanges. Privacy officers only.")
            .For(FieldAudience.Officer)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.RequestService<TrustedDocumentStore>().DecideAsync(
                ctx.GetArgument<long>("id"), approve: false, ctx.GetArgument<string>("reason"), ctx.RequestService<RequestAccess>().View.Principal, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<AgencyGraphType>>("setPersistedOnly")
            .Description("Restricts an agency to approved operations sent by hash, or lifts the restriction. Recorded in policyChanges. Administrators only.")
            .For(FieldAudience.Admin)
            .Argument<NonNullGraphType<StringGraphType>>("agency")
            .Argument<NonNullGraphType<BooleanGraphType>>("persistedOnly")
            .ResolveAsync(async ctx => await ctx.RequestService<TrustedDocumentStore>().SetPersistedOnlyAsync(
                ctx.GetArgument<string>("agency"), ctx.GetArgument<bool>("persistedOnly"), ctx.RequestService<RequestAccess>().View.Principal, ctx.CancellationToken));
    }
}
