using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>Walks the chain in sequence order and reports the first entry that is missing, moved or altered.</summary>
public sealed class AccessLogVerifier(IDbContextFactory<RegistryDbContext> contexts, AccessLogChain chain, AccessLogHead anchor)
{
    private const int PageSize = 2_000;

    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var previous = AccessLogChain.Genesis;
        var recordedHead = anchor.Read();
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
                // Every link held; the chain must still reach the head recorded outside the database.
                return recordedHead is { } head && head.Sequence > verified
                    ? new ChainVerification(false, verified, verified + 1, $"entries {verified + 1} to {head.Sequence} are missing: the log ends before its recorded head")
                    : new ChainVerification(true, verified, null, null);
            }

            foreach (var entry in page)
            {
                var problem = entry.Sequence != expected ? $"entry {expected} is missing"
                    : entry.PreviousHash != previous ? $"entry {expected} does not follow entry {expected - 1}"
                    : chain.HashOf(entry, previous) != entry.Hash ? $"entry {expected} was altered"
                    : recordedHead is { } head && head.Sequence == expected && head.Hash != entry.Hash ? $"entry {expected} is not the recorded head"
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
