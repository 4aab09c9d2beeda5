using GraphQL;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Households;

/// <summary>The one way a root field reaches a household by id: inside the caller's row scope, then through the consent guard.</summary>
public static class AuthorizedHousehold
{
    /// <summary>The household, or null when no household in scope has this id.</summary>
    public static async Task<Household?> FindAsync(IResolveFieldContext context, RegistryDbContext db, string publicId)
    {
        var scope = context.RequestService<RequestAccess>().Scope;
        var household = await db.Households.AsNoTracking().InScope(scope).SingleOrDefaultAsync(h => h.PublicId == publicId, context.CancellationToken);
        if (household is not null)
        {
            await ConsentGuard.AuthorizeAsync(context, db, household.Id, household.PublicId);
        }

        return household;
    }

    public static async Task<Household> GetAsync(IResolveFieldContext context, RegistryDbContext db, string publicId) =>
        await FindAsync(context, db, publicId) ?? throw new RegistryError(ErrorCodes.NotFound, "No household has this id.");
}
