using GraphRegistry.Api.Data;
using GraphRegistry.Api.Identity;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Appends synthetic entries to the chain in bulk, to measure the log at the size a national
/// registry reaches (<c>seed-log</c>, Development only). Each entry is hashed exactly as
/// <see cref="AccessLogWriter"/> hashes its own, so <see cref="AccessLogVerifier"/> cannot tell
/// them apart except by their content: agency lookups of public household ids, operation
/// <see cref="OperationName"/>, never a personal value. Memory stays bounded: one transaction of
/// <see cref="EntriesPerTransaction"/> entries at a time.
/// </summary>
public sealed class SyntheticLogSeeder(IDbContextFactory<RegistryDbContext> contexts, AccessLogChain chain, AccessLogHead anchor, TimeProvider clock)
{
    public const string OperationName = "SyntheticSeedLog";

    private const int EntriesPerTransaction = 10_000;
    private const int SubjectSample = 10_000;

    private const string DocumentHash = DocumentShape.Prefix + "synthetic";
    private static readonly List<string> AllowedFields =
        ["Household.id", "Household.size", "Person.birthDate:MASKED(YEAR_ONLY)", "Person.firstNameLatin", "Person.household", "Person.id", "Person.lastNameLatin"];

    /// <summary>Appends <paramref name="count"/> entries after the chain's head; progress reports the entries written so far.</summary>
    public async Task<(long First, long Last)> AppendAsync(long count, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agencies = await SyntheticAgency.LoadAsync(db, cancellationToken);
        var subjects = await db.Households.AsNoTracking().OrderBy(h => h.Id).Select(h => h.PublicId).Take(SubjectSample).ToListAsync(cancellationToken);
        if (subjects.Count == 0)
        {
            subjects = [.. Enumerable.Range(0, SubjectSample).Select(_ => PublicId.NewHousehold())];
        }

        // Spread over the time since the last entry (or the last 30 days), in whole microseconds as
        // PostgreSQL stores them, so every time reads back exactly as it was hashed.
        var now = WholeMicroseconds(clock.GetUtcNow().UtcDateTime.Ticks);
        var last = await db.AccessLog.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => (DateTime?)e.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var start = last is { } lastTime ? WholeMicroseconds(lastTime.Ticks) : now.AddDays(-30);
        var step = Math.Max(0, (now - start).Ticks / Math.Max(count, 1));

        // On PostgreSQL every month the entries fall in needs its partition.
        for (var month = LogMonth.Of(start); month.Start <= now; month = month.Next)
        {
            await AccessLogPartitions.EnsureAsync(db, month, cancellationToken);
        }

        long first = 0, sequence = 0;
        for (long written = 0; written < count;)
        {
            var inTransaction = (int)Math.Min(EntriesPerTransaction, count - written);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // The writer's own turn-taking: on PostgreSQL, registries serving the same database may keep appending meanwhile.
            (sequence, var hash, var headAt) = await AccessLogWriter.TakeTurnAsync(db, cancellationToken);
            LogMonth? headMonth = headAt is { } headTime ? LogMonth.Of(headTime) : null;
            first = first == 0 ? sequence + 1 : first;
            await using (var insert = AccessLogInsert.Open(db, transaction))
            {
                for (var i = 0; i < inTransaction; i++)
                {
                    var occurredAt = WholeMicroseconds(start.Ticks + (step * (written + i + 1)));
                    if (headMonth is not { } current || LogMonth.Of(occurredAt).Start > current.Start)
                    {
                        // A month's first entry: its record goes in the same transaction, as the writer's does.
                        headMonth = LogMonth.Of(occurredAt);
                        await AccessLogMonthRecords.StartAsync(db, chain, headMonth.Value, sequence + 1, hash, cancellationToken);
                    }

                    var entry = Synthetic(++sequence, occurredAt, agencies[(int)(sequence % agencies.Count)], subjects[(int)(sequence % subjects.Count)], hash);
                    hash = entry.Hash;
                    await insert.AddAsync(entry, cancellationToken);
                }

                await insert.FlushAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);

            // The head outside the database moves only with what is committed, as the writer's does.
            anchor.Record(sequence, hash);
            written += inTransaction;
            progress?.Report(written);
        }

        anchor.Flush();
        return (first, sequence);
    }

    private static DateTime WholeMicroseconds(long ticks) => new(ticks - (ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);

    private AccessLogEntry Synthetic(long sequence, DateTime occurredAt, SyntheticAgency agency, string subject, string previousHash)
    {
        // One in twenty is a refusal, as a registry's log holds them too.
        var denied = sequence % 20 == 0;
        var entry = new AccessLogEntry
        {
            Sequence = sequence,
            OccurredAt = occurredAt,
            PrincipalKind = RegistryPrincipal.KindClaimValue(PrincipalKind.Agency),
            PrincipalSubject = $"agency:{agency.Code}",
            AgencyCode = agency.Code,
            Purpose = agency.Purpose,
            Basis = denied ? null : agency.Basis,
            OperationName = OperationName,
            DocumentHash = DocumentHash,
            Subjects = [subject],
            Fields = denied ? [] : AllowedFields,
            Outcome = denied ? AccessOutcome.Denied : AccessOutcome.Allowed,
            Reason = denied ? Graph.ErrorCodes.NoConsent : null,
            RequestId = $"seed-log:{sequence}",
            PreviousHash = previousHash,
            Hash = string.Empty,
        };
        entry.Hash = chain.HashOf(entry, previousHash);
        return entry;
    }
}
