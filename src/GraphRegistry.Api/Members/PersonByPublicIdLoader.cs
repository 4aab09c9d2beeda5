using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph.Loading;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Members;

public sealed class PersonByPublicIdLoader(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<string, Person?>
{
    protected override async Task<IReadOnlyDictionary<string, Person?>> FetchAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Persons.AsNoTracking()
            .Where(p => keys.Contains(p.PublicId))
            .ToDictionaryAsync(p => p.PublicId, p => (Person?)p, cancellationToken);
    }

    protected override Person? ValueForMissingKey(string key) => null;
}
