using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

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
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                if (id.StartsWith(PublicId.HouseholdPrefix, StringComparison.Ordinal) && await AuthorizedHousehold.FindAsync(ctx, db, id) is { } household)
                {
                    return household;
                }

                if (id.StartsWith(PublicId.PersonPrefix, StringComparison.Ordinal)
                    && await CurrentPersonLookup.ByPublicIdAsync(ctx, db, id, scope) is var (person, personHousehold))
                {
                    await PersonQueries.AuthorizeAsync(ctx, db, person, personHousehold);
                    return person;
                }

                throw new RegistryError(ErrorCodes.NotFound, "Nothing has this id.");
            });
    }
}
