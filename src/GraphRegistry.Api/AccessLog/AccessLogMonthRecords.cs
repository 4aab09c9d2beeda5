using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>Writes the sealed month records (<see cref="AccessLogMonth"/>): when a month's first entry is appended, and once for a log that predates them.</summary>
public static class AccessLogMonthRecords
{
    /// <summary>
    /// Records that <paramref name="month"/> starts at entry <paramref name="firstSequence"/>,
    /// linked to <paramref name="previousHash"/>; inside the transaction that appends that entry.
    /// A month already recorded is left as it is (the log's end was cut, or the records edited):
    /// verification reports it, and no request fails over it.
    /// </summary>
    public static Task StartAsync(RegistryDbContext db, AccessLogChain chain, LogMonth month, long firstSequence, string previousHash, CancellationToken cancellationToken)
    {
        var record = new AccessLogMonth { Month = month.ToString(), FirstSequence = firstSequence, PreviousHash = previousHash, Seal = string.Empty };
        var seal = chain.SealOf(record);
        return db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "AccessLogMonths" ("Month", "FirstSequence", "PreviousHash", "Seal") VALUES ({record.Month}, {firstSequence}, {previousHash}, {seal}) ON CONFLICT ("Month") DO NOTHING""",
            cancellationToken);
    }

    /// <summary>
    /// A log written before months were recorded gets its records once, from the entries as they
    /// stand (run verify-log before upgrading: the records seal what is there). Only when there is
    /// no record at all; afterwards the writer keeps them. Returns the months recorded.
    /// </summary>
    public static async Task<int> BackfillAsync(RegistryDbContext db, AccessLogChain chain, CancellationToken cancellationToken)
    {
        if (await db.AccessLogMonths.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var recorded = 0;
        var first = await db.AccessLog.AsNoTracking().OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.OccurredAt, e.PreviousHash }).FirstOrDefaultAsync(cancellationToken);
        while (first is not null)
        {
            var month = LogMonth.Of(first.OccurredAt);
            await StartAsync(db, chain, month, first.Sequence, first.PreviousHash, cancellationToken);
            recorded++;
            var end = month.End;
            first = await db.AccessLog.AsNoTracking().Where(e => e.OccurredAt >= end).OrderBy(e => e.Sequence)
                .Select(e => new { e.Sequence, e.OccurredAt, e.PreviousHash }).FirstOrDefaultAsync(cancellationToken);
        }

        return recorded;
    }
}
