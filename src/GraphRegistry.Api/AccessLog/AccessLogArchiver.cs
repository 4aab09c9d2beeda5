using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Moves the oldest month of the log out of the database (<c>archive-log</c>, PostgreSQL only):
/// verifies it, writes it to an archive file that verifies on its own, re-reads that file, then
/// records the month's sealed last link and detaches and drops its partition, in one transaction.
/// The rest of the chain verifies from that link. Refusals change nothing.
/// </summary>
public sealed class AccessLogArchiver(IDbContextFactory<RegistryDbContext> contexts, AccessLogChain chain, AccessLogVerifier verifier, TimeProvider clock)
{
    public async Task<AccessLogMonth> ArchiveAsync(LogMonth month, string file, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = month.ToString();
        if (!db.Database.IsNpgsql())
        {
            throw new AccessLogArchiveRefusedException("On SQLite the access log is one table, not one partition per month: there is no month to detach. Nothing was changed.");
        }

        if (month.End > clock.GetUtcNow().UtcDateTime)
        {
            throw new AccessLogArchiveRefusedException($"{name} has not ended: only a closed month can be archived. Nothing was changed.");
        }

        if (File.Exists(file))
        {
            throw new AccessLogArchiveRefusedException($"{file} already exists: an archive is never overwritten. Nothing was changed.");
        }

        var record = await db.AccessLogMonths.SingleOrDefaultAsync(m => m.Month == name, cancellationToken)
            ?? throw new AccessLogArchiveRefusedException($"No entry of {name} is recorded in the access log. Nothing was changed.");
        if (record.ArchivedAt is not null)
        {
            throw new AccessLogArchiveRefusedException($"{name} was archived on {record.ArchivedAt:yyyy-MM-dd}. Nothing was changed.");
        }

        if (await db.AccessLogMonths.Where(m => m.ArchivedAt == null && string.Compare(m.Month, name) < 0).OrderBy(m => m.Month).Select(m => m.Month).FirstOrDefaultAsync(cancellationToken) is { } older)
        {
            throw new AccessLogArchiveRefusedException($"{older} is older and still in the database: months are archived oldest first, so the chain left has no hole. Nothing was changed.");
        }

        var verification = await verifier.VerifyMonthAsync(month, cancellationToken);
        if (verification is not { Valid: true })
        {
            throw new AccessLogArchiveRefusedException($"{name} does not verify ({verification?.Problem}): it stays in the database as evidence. Nothing was changed.");
        }

        await WriteAsync(db, record, month, file, cancellationToken);
        var (_, reread) = await AccessLogArchive.VerifyAsync(file, chain, cancellationToken);
        if (!reread.Valid || reread.VerifiedEntries != verification.VerifiedEntries)
        {
            File.Delete(file);
            throw new AccessLogArchiveRefusedException($"The archive file did not verify when read back ({reread.Problem}). Nothing was changed in the database.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        record.ArchivedAt = clock.GetUtcNow().UtcDateTime;
        record.ArchiveSeal = chain.ArchiveSealOf(record);
        await db.SaveChangesAsync(cancellationToken);
        // The name is made from two numbers (AccessLog_2026_11), never from input text.
        var detach = "ALTER TABLE \"AccessLog\" DETACH PARTITION \"" + AccessLogPartitions.TableName(month) + "\"; DROP TABLE \"" + AccessLogPartitions.TableName(month) + "\";";
        await db.Database.ExecuteSqlRawAsync(detach, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    // Written beside its final name, forced to disk, then renamed: a crash leaves no half archive under that name.
    private async Task WriteAsync(RegistryDbContext db, AccessLogMonth record, LogMonth month, string file, CancellationToken cancellationToken)
    {
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteLineAsync(AccessLogArchive.Line(new AccessLogArchive.Header(AccessLogArchive.Format, record.Month, record.FirstSequence, record.PreviousHash, record.Seal)));
            long last = record.FirstSequence - 1;
            var lastHash = record.PreviousHash;
            await foreach (var entry in AccessLogStream.InSequenceAsync(db, cancellationToken, fromSequence: record.FirstSequence, since: month.Start))
            {
                if (entry.OccurredAt >= month.End)
                {
                    break;
                }

                await writer.WriteLineAsync(AccessLogArchive.Line(entry));
                (last, lastHash) = (entry.Sequence, entry.Hash);
            }

            record.LastSequence = last;
            record.LastHash = lastHash;
            await writer.WriteLineAsync(AccessLogArchive.Line(new AccessLogArchive.Trailer(last, lastHash, chain.ArchiveSealOf(record))));
            await writer.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, file);
    }
}
