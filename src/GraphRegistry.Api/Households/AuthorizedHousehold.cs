using GraphQL;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Households;

/// <summary>The one way a root field reaches a household by id: inside the caller's row scope, then through the consent guard.</summary>
public static class AuthorizedHousehold
{
    /// <summary>
    /// The household, or null when no household in scope has this id. Read where the request reads
    /// (an agency's query: the replica), its consent on the primary.
    /// </summary>
    public static async Task<Household?> FindAsync(IResolveFieldContext context, string publicId)
    {
        var scope = context.RequestService<RequestAccess>().Scope;
        var household = await context.RequestService<RegistryReads>().ReadAsync(
            db => db.Households.AsNoTracking().InScope(scope).SingleOrDefaultAsync(h => h.PublicId == publicId, context.CancellationToken),
            context.CancellationToken);
        if (household is not null)
        {
            await ConsentGuard.AuthorizeAsync(context, household.Id, household.PublicId);
        }

        return household;
    }

    public static async Task<Household> GetAsync(IResolveFieldContext context, string publicId) =>
        await FindAsync(context, publicId) ?? throw SubjectNotFoundError.NotRegistered();
}
