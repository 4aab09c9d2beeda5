using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Declarations;

/// <summary>Every declaration version of many households, newest first, in one query.</summary>
public sealed class DeclarationsByHouseholdLoader(RegistryReads reads) : BatchLoader<long, IReadOnlyList<Declaration>>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<Declaration>>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        return await reads.ReadAsync(async db =>
        {
            var declarations = await db.Declarations.AsNoTracking()
                .Where(d => keys.Contains(d.HouseholdId))
                .OrderBy(d => d.HouseholdId).ThenByDescending(d => d.Version)
                .ToListAsync(cancellationToken);
            return declarations
                .GroupBy(d => d.HouseholdId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Declaration>)[.. g]);
        }, cancellationToken);
    }

    protected override IReadOnlyList<Declaration> ValueForMissingKey(long key) => [];
}
