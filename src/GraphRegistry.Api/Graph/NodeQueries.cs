using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Replica;

namespace GraphRegistry.Api.Graph;

public static class NodeQueries
{
    public static void AddNodeField(this ObjectGraphType query)
    {
        query.Field<NodeGraphType>("node")
            .Description("Any household or person by its public id (Relay).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithPurpose()
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                var scope = ctx.RequestService<RequestAccess>().Scope;
                if (id.StartsWith(PublicId.HouseholdPrefix, StringComparison.Ordinal) && await AuthorizedHousehold.FindAsync(ctx, id) is { } household)
                {
                    return household;
                }

                if (id.StartsWith(PublicId.PersonPrefix, StringComparison.Ordinal)
                    && await ctx.RequestService<RegistryReads>().ReadAsync(db => CurrentPersonLookup.ByPublicIdAsync(ctx, db, id, scope), ctx.CancellationToken) is var (person, personHousehold))
                {
                    await PersonQueries.AuthorizeAsync(ctx, person, personHousehold);
                    return person;
                }

                throw SubjectNotFoundError.NotRegistered();
            });
    }
}
