using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Access log entries bulk-inserted inside a transaction: the writer's commits and the synthetic
/// seeder write them the same way, so an entry of either reads back through EF exactly as it was
/// hashed.
/// </summary>
internal sealed class AccessLogInsert : IAsyncDisposable
{
    // Every column but the database's own key, in the order AddAsync gives the values.
    private static readonly string[] Columns =
    [
        nameof(AccessLogEntry.Sequence), nameof(AccessLogEntry.OccurredAt), nameof(AccessLogEntry.PrincipalKind), nameof(AccessLogEntry.PrincipalSubject),
        nameof(AccessLogEntry.AgencyCode), nameof(AccessLogEntry.Purpose), nameof(AccessLogEntry.Basis), nameof(AccessLogEntry.OperationName),
        nameof(AccessLogEntry.DocumentHash), nameof(AccessLogEntry.Subjects), nameof(AccessLogEntry.Fields), nameof(AccessLogEntry.Outcome),
        nameof(AccessLogEntry.Reason), nameof(AccessLogEntry.RequestId), nameof(AccessLogEntry.PreviousHash), nameof(AccessLogEntry.Hash),
    ];

    private readonly RowInsert rows;

    private AccessLogInsert(RowInsert rows) => this.rows = rows;

    public static AccessLogInsert Open(RegistryDbContext db, IDbContextTransaction transaction) =>
        new(RowInsert.Open(db, transaction, typeof(AccessLogEntry), Columns));

    /// <summary>Queues <paramref name="entry"/>; the queued rows are written as soon as a flush's worth is waiting.</summary>
    public async ValueTask AddAsync(AccessLogEntry entry, CancellationToken cancellationToken)
    {
        rows.Add(entry.Sequence, entry.OccurredAt, entry.PrincipalKind, entry.PrincipalSubject, entry.AgencyCode, entry.Purpose, entry.Basis, entry.OperationName,
            entry.DocumentHash, entry.Subjects, entry.Fields, entry.Outcome, entry.Reason, entry.RequestId, entry.PreviousHash, entry.Hash);
        if (rows.IsFull)
        {
            await rows.FlushAsync(onInserted: null, cancellationToken);
        }
    }

    /// <summary>Writes the rows still queued; call it before the transaction commits.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => rows.FlushAsync(onInserted: null, cancellationToken);

    public ValueTask DisposeAsync() => rows.DisposeAsync();
}
