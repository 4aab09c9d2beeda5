using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Households;

public sealed class HouseholdByIdLoader(RegistryReads reads) : BatchLoader<long, Household?>
{
    protected override async Task<IReadOnlyDictionary<long, Household?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        return await reads.ReadAsync(async db =>
        {
            return await db.Households.AsNoTracking()
                .Where(h => keys.Contains(h.Id))
                .ToDictionaryAsync(h => h.Id, h => (Household?)h, cancellationToken);
        }, cancellationToken);
    }

    protected override Household? ValueForMissingKey(long key) => null;
}
