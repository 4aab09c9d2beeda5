using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.ChangeRequests;

public static class ChangeRequestQueries
{
    /// <summary>The operators' review queue, oldest first: a queue is worked from its head, so no paging.</summary>
    public const int QueueSize = 100;

    public static void AddChangeRequestQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeRequestGraphType>>>>("changeRequests")
            .Description($"Change requests in one status, oldest first, at most {QueueSize}. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<EnumerationGraphType<ChangeRequestStatus>>("status", "PENDING when omitted: the review queue.")
            .ResolveAsync(async ctx =>
            {
                var status = ctx.GetArgument<ChangeRequestStatus?>("status") ?? ChangeRequestStatus.Pending;
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var requests = await db.ChangeRequests.AsNoTracking().Include(r => r.Household).Where(r => r.Status == status).OrderBy(r => r.Id).Take(QueueSize).ToListAsync(ctx.CancellationToken);
                foreach (var request in requests)
                {
                    HouseholdWrites.Touch(ctx, request.Household!.PublicId);
                }

                return requests;
            });
    }

    /// <summary>Household.changeRequests: for the household's citizens (through <c>me</c>) and operators.</summary>
    public static void AddChangeRequestsField(this ObjectGraphType<Household> household) =>
        household.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeRequestGraphType>>>>("changeRequests")
            .Description("The household's change requests, newest first, whatever their status.")
            .For(FieldAudience.Casework)
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                return await db.ChangeRequests.AsNoTracking().Where(r => r.HouseholdId == ctx.Source.Id).OrderByDescending(r => r.Id).ToListAsync(ctx.CancellationToken);
            });
}
