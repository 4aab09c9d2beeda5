using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>Row counts of every table a registry write touches: equal before and after means nothing was written.</summary>
public sealed record RegistryCounts(int Households, int Persons, int Memberships, int CurrentMemberships, int Declarations, int Scores, int ChangeRequests, int Checks, int Modifications)
{
    public static async Task<RegistryCounts> OfAsync(RegistryApplication registry)
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return new(
            await db.Households.CountAsync(),
            await db.Persons.CountAsync(),
            await db.Memberships.CountAsync(),
            await db.Memberships.CountAsync(m => m.EndDate == null),
            await db.Declarations.CountAsync(),
            await db.ScoreComputations.CountAsync(),
            await db.ChangeRequests.CountAsync(),
            await db.VerificationChecks.CountAsync(),
            await db.Modifications.CountAsync());
    }
}
