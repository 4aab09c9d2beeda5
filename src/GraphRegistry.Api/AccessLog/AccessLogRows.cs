using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Access log entries as bulk-inserted rows: the writer's commits and the synthetic seeder write
/// them the same way, so an entry of either reads back through EF exactly as it was hashed.
/// </summary>
internal static class AccessLogRows
{
    // Every column but the database's own key, in the order Add gives the values.
    private static readonly string[] Columns =
    [
        nameof(AccessLogEntry.Sequence), nameof(AccessLogEntry.OccurredAt), nameof(AccessLogEntry.PrincipalKind), nameof(AccessLogEntry.PrincipalSubject),
        nameof(AccessLogEntry.AgencyCode), nameof(AccessLogEntry.Purpose), nameof(AccessLogEntry.Basis), nameof(AccessLogEntry.OperationName),
        nameof(AccessLogEntry.DocumentHash), nameof(AccessLogEntry.Subjects), nameof(AccessLogEntry.Fields), nameof(AccessLogEntry.Outcome),
        nameof(AccessLogEntry.Reason), nameof(AccessLogEntry.RequestId), nameof(AccessLogEntry.PreviousHash), nameof(AccessLogEntry.Hash),
    ];

    public static RowInsert Open(RegistryDbContext db, IDbContextTransaction transaction) => RowInsert.Open(db, transaction, typeof(AccessLogEntry), Columns);

    /// <summary>Queues <paramref name="entry"/>, writing the queued rows first when a flush's worth is waiting.</summary>
    public static async ValueTask AddAsync(this RowInsert insert, AccessLogEntry entry, CancellationToken cancellationToken)
    {
        if (insert.IsFull)
        {
            await insert.FlushAsync(onInserted: null, cancellationToken);
        }

        insert.Add(entry.Sequence, entry.OccurredAt, entry.PrincipalKind, entry.PrincipalSubject, entry.AgencyCode, entry.Purpose, entry.Basis, entry.OperationName,
            entry.DocumentHash, entry.Subjects, entry.Fields, entry.Outcome, entry.Reason, entry.RequestId, entry.PreviousHash, entry.Hash);
    }
}
