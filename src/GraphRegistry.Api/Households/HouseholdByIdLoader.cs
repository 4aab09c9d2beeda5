using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph.Loading;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Households;

public sealed class HouseholdByIdLoader(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<long, Household?>
{
    protected override async Task<IReadOnlyDictionary<long, Household?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Households.AsNoTracking()
            .Where(h => keys.Contains(h.Id))
            .ToDictionaryAsync(h => h.Id, h => (Household?)h, cancellationToken);
    }

    protected override Household? ValueForMissingKey(long key) => null;
}
