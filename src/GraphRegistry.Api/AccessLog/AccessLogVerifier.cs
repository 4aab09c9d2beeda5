using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Walks the chain in sequence order and reports the first entry that is missing, moved or altered.
/// One streamed query, so ten million entries take minutes and no more memory than ten. On SQLite
/// the read sees one snapshot: entries committed while it runs are verified next time.
/// </summary>
public sealed class AccessLogVerifier(IDbContextFactory<RegistryDbContext> contexts, AccessLogChain chain, AccessLogHead anchor)
{
    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var previous = AccessLogChain.Genesis;

        // Read before the query starts, so the head names an entry the query's snapshot holds.
        var recordedHead = anchor.Read();
        long expected = 1, verified = 0;
        await foreach (var entry in AccessLogStream.InSequenceAsync(db, cancellationToken))
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

        // Every link held; the chain must still reach the head recorded outside the database.
        return recordedHead is { } last && last.Sequence > verified
            ? new ChainVerification(false, verified, verified + 1, $"entries {verified + 1} to {last.Sequence} are missing: the log ends before its recorded head")
            : new ChainVerification(true, verified, null, null);
    }
}
