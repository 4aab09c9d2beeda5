using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Members;

/// <summary>Each person's current membership, with its household, in one query.</summary>
public sealed class CurrentMembershipByPersonLoader(RegistryReads reads) : BatchLoader<long, Membership?>
{
    protected override async Task<IReadOnlyDictionary<long, Membership?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        return await reads.ReadAsync(async db =>
        {
            return await db.Memberships.AsNoTracking()
                .Where(m => keys.Contains(m.PersonId) && m.EndDate == null)
                .Include(m => m.Household)
                .ToDictionaryAsync(m => m.PersonId, m => (Membership?)m, cancellationToken);
        }, cancellationToken);
    }

    protected override Membership? ValueForMissingKey(long key) => null;
}
