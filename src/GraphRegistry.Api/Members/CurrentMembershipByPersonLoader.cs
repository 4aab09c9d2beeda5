using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph.Loading;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Members;

/// <summary>Each person's current membership, with its household, in one query.</summary>
public sealed class CurrentMembershipByPersonLoader(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<long, Membership?>
{
    protected override async Task<IReadOnlyDictionary<long, Membership?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Memberships.AsNoTracking()
            .Where(m => keys.Contains(m.PersonId) && m.EndDate == null)
            .Include(m => m.Household)
            .ToDictionaryAsync(m => m.PersonId, m => (Membership?)m, cancellationToken);
    }

    protected override Membership? ValueForMissingKey(long key) => null;
}
