using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Walks the chain in sequence order and reports the first entry that is missing, moved or altered,
/// and the first month whose sealed record (<see cref="AccessLogMonth"/>) does not match where the
/// month begins. One streamed query, so ten million entries take minutes and no more memory than
/// ten. On SQLite the read sees one snapshot: entries committed while it runs are verified next
/// time. Archived months are no longer in the database: the walk starts from the last archived
/// month's sealed last link, and the archive files verify on their own (<see cref="AccessLogArchive"/>).
/// </summary>
public sealed class AccessLogVerifier(IDbContextFactory<RegistryDbContext> contexts, AccessLogChain chain, AccessLogHead anchor)
{
    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var months = await db.AccessLogMonths.AsNoTracking().ToDictionaryAsync(m => m.Month, cancellationToken);

        // Read before the query starts, so the head names an entry the query's snapshot holds.
        var recordedHead = anchor.Read();
        var link = new Link(1, AccessLogChain.Genesis);
        LogMonth? month = null;
        foreach (var archived in months.Values.Where(m => m.ArchivedAt is not null).OrderBy(m => m.FirstSequence))
        {
            if (ArchiveProblem(archived, link) is { } problem)
            {
                return new ChainVerification(false, 0, link.Sequence, problem);
            }

            link = new Link(archived.LastSequence!.Value + 1, archived.LastHash!);
            month = LogMonth.Parse(archived.Month);
        }

        var start = link.Sequence;
        var matched = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entry in AccessLogStream.InSequenceAsync(db, cancellationToken, fromSequence: start))
        {
            var entryMonth = LogMonth.Of(entry.OccurredAt);
            var begins = month is not { } current || entryMonth.Start > current.Start;
            var problem = EntryProblem(entry, link, recordedHead)
                ?? (begins ? MonthStartProblem(entryMonth, months.GetValueOrDefault(entryMonth.ToString()), link) : null);
            if (problem is not null)
            {
                return new ChainVerification(false, link.Sequence - start, link.Sequence, problem);
            }

            if (begins)
            {
                matched.Add(entryMonth.ToString());
                month = entryMonth;
            }

            link = new Link(link.Sequence + 1, entry.Hash);
        }

        var verified = link.Sequence - start;

        // Every link held; the chain must still reach the head recorded outside the database.
        if (CutShort(link, recordedHead) is { } cut)
        {
            return new ChainVerification(false, verified, link.Sequence, cut);
        }

        // A month recorded but not met: its entries were removed from the log's end.
        return months.Values.Where(m => m.ArchivedAt is null && !matched.Contains(m.Month)).OrderBy(m => m.FirstSequence).FirstOrDefault() is { } lost
            ? new ChainVerification(false, verified, lost.FirstSequence, $"{lost.Month} is recorded as starting at entry {lost.FirstSequence}, which the log does not hold")
            : new ChainVerification(true, verified, null, null);
    }

    /// <summary>
    /// One month, from its recorded first link through its last entry, and the next month's first
    /// link when there is one. Null when the month has neither a record nor an entry.
    /// </summary>
    public async Task<ChainVerification?> VerifyMonthAsync(LogMonth month, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = month.ToString();
        // All read up front (a few hundred rows at most): the connection streams the entries next.
        var months = await db.AccessLogMonths.AsNoTracking().ToDictionaryAsync(m => m.Month, cancellationToken);
        if (months.GetValueOrDefault(name) is not { } record)
        {
            var (start, end) = (month.Start, month.End);
            var stray = await db.AccessLog.AsNoTracking().Where(e => e.OccurredAt >= start && e.OccurredAt < end).OrderBy(e => e.Sequence).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken);
            return stray is { } first ? new ChainVerification(false, 0, first, $"{name} holds entries from {first} but no first link is recorded for it") : null;
        }

        if (chain.SealOf(record) != record.Seal)
        {
            return new ChainVerification(false, 0, record.FirstSequence, $"the record of {name}'s first link is not sealed by the chain key");
        }

        var recordedHead = anchor.Read();
        var link = new Link(record.FirstSequence, record.PreviousHash);
        await foreach (var entry in AccessLogStream.InSequenceAsync(db, cancellationToken, fromSequence: record.FirstSequence, since: month.Start))
        {
            var entryMonth = LogMonth.Of(entry.OccurredAt);
            if (link.Sequence == record.FirstSequence && entry.Sequence != record.FirstSequence)
            {
                return new ChainVerification(false, 0, record.FirstSequence, $"entry {record.FirstSequence} is missing: {name} is recorded as starting there");
            }

            var problem = EntryProblem(entry, link, recordedHead);
            if (problem is null && entryMonth.Start > month.Start)
            {
                // The next month's first entry: it must link to this month's last, as its record says.
                problem = MonthStartProblem(entryMonth, months.GetValueOrDefault(entryMonth.ToString()), link);
                return new ChainVerification(problem is null, link.Sequence - record.FirstSequence, problem is null ? null : link.Sequence, problem);
            }

            if (problem is not null)
            {
                return new ChainVerification(false, link.Sequence - record.FirstSequence, link.Sequence, problem);
            }

            link = new Link(link.Sequence + 1, entry.Hash);
        }

        var verified = link.Sequence - record.FirstSequence;
        return verified == 0
            ? new ChainVerification(false, 0, record.FirstSequence, $"entry {record.FirstSequence} is missing: {name} is recorded as starting there")
            : CutShort(link, recordedHead) is { } cut
                ? new ChainVerification(false, verified, link.Sequence, cut)
                : new ChainVerification(true, verified, null, null);
    }

    private string? EntryProblem(AccessLogEntry entry, Link link, (long Sequence, string Hash)? recordedHead) =>
        chain.LinkProblem(entry, link.Sequence, link.Hash)
        ?? (recordedHead is { } head && head.Sequence == link.Sequence && head.Hash != entry.Hash ? $"entry {link.Sequence} is not the recorded head" : null);

    // The walk ended at `link` (the next sequence it expected): short of the head recorded outside the database?
    private static string? CutShort(Link link, (long Sequence, string Hash)? recordedHead) =>
        recordedHead is { } last && last.Sequence >= link.Sequence
            ? $"entries {link.Sequence} to {last.Sequence} are missing: the log ends before its recorded head"
            : null;

    // A month's first entry (already checked as a link): its record must exist, be sealed, and name it.
    private string? MonthStartProblem(LogMonth month, AccessLogMonth? record, Link link) =>
        record is null ? $"entry {link.Sequence} begins {month}, but no first link is recorded for {month}"
        : chain.SealOf(record) != record.Seal ? $"the record of {month}'s first link is not sealed by the chain key"
        : record.FirstSequence != link.Sequence || record.PreviousHash != link.Hash ? $"{month} is recorded as starting at entry {record.FirstSequence}, but begins at entry {link.Sequence}"
        : null;

    private string? ArchiveProblem(AccessLogMonth archived, Link link) =>
        chain.SealOf(archived) != archived.Seal || chain.ArchiveSealOf(archived) != archived.ArchiveSeal
            ? $"the archive record of {archived.Month} is not sealed by the chain key"
            : archived.FirstSequence != link.Sequence || archived.PreviousHash != link.Hash
                ? $"the archive record of {archived.Month} does not follow entry {link.Sequence - 1}"
                : null;

    private readonly record struct Link(long Sequence, string Hash);
}
