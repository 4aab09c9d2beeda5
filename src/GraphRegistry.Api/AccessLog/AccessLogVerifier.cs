using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>Walks the chain in sequence order and reports the first entry that is missing, moved or altered.</summary>
public sealed class AccessLogVerifier(IDbContextFactory<RegistryDbContext> contexts)
{
    private const int PageSize = 2_000;

    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var previous = AccessLogChain.Genesis;
        long expected = 1, verified = 0;
        while (true)
        {
            var page = await db.AccessLog.AsNoTracking()
                .Where(e => e.Sequence >= expected)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return new ChainVerification(true, verified, null, null);
            }

            foreach (var entry in page)
            {
                var problem = entry.Sequence != expected ? $"entry {expected} is missing"
                    : entry.PreviousHash != previous ? $"entry {expected} does not follow entry {expected - 1}"
                    : AccessLogChain.HashOf(entry, previous) != entry.Hash ? $"entry {expected} was altered"
                    : null;
                if (problem is not null)
                {
                    return new ChainVerification(false, verified, expected, problem);
                }

                previous = entry.Hash;
                expected++;
                verified++;
            }
        }
    }
}
