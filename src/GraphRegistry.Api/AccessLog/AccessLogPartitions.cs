using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// The access log's monthly partitions on PostgreSQL (SQLite keeps one table: every call here is a
/// no-op there). A month's partition is made by the SQL function the migration
/// PartitionAccessLogByMonth created, <c>access_log_ensure_partition</c>, which does nothing when
/// it exists. There is no DEFAULT partition on purpose: a row that finds no month would land there,
/// and creating that month later would have to move it out under an exclusive lock; instead the
/// insert fails, and the writer creates the month and commits again.
/// </summary>
public static class AccessLogPartitions
{
    /// <summary>Months made ahead of the current one, so the writer rarely meets a missing one.</summary>
    public const int MonthsAhead = 2;

    // "GRPART": the lock nodes take in turn to make partitions.
    private const long PartitionLockId = 0x47_52_50_41_52_54;

    /// <summary>Makes <paramref name="month"/>'s partition if it is missing; true when it was made.</summary>
    public static async Task<bool> EnsureAsync(RegistryDbContext db, LogMonth month, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return false;
        }

        var made = await db.Database.SqlQuery<bool>($"SELECT access_log_ensure_partition({DateOnly.FromDateTime(month.Start)}) AS \"Value\"").ToListAsync(cancellationToken);
        return made[0];
    }

    /// <summary>
    /// The month of <paramref name="now"/> and the <see cref="MonthsAhead"/> after it, in one
    /// transaction under a lock, so two nodes never race to make the same one. Returns the months made.
    /// </summary>
    public static async Task<List<LogMonth>> EnsureAheadAsync(RegistryDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var made = new List<LogMonth>();
        if (!db.Database.IsNpgsql())
        {
            return made;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PartitionLockId})", cancellationToken);
        var month = LogMonth.Of(now);
        for (var i = 0; i <= MonthsAhead; i++, month = month.Next)
        {
            if (await EnsureAsync(db, month, cancellationToken))
            {
                made.Add(month);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return made;
    }

    /// <summary>PostgreSQL refused a row because no partition covers its time (SQLSTATE 23514, "no partition of relation ... found for row").</summary>
    public static bool IsMissingPartition(Exception? exception) => exception switch
    {
        null => false,
        PostgresException refused => refused.SqlState == PostgresErrorCodes.CheckViolation
            && refused.MessageText.StartsWith("no partition of relation", StringComparison.Ordinal),
        _ => IsMissingPartition(exception.InnerException),
    };

    /// <summary>The partition's table name for a month: AccessLog_2026_11.</summary>
    public static string TableName(LogMonth month) => $"AccessLog_{month.Year:D4}_{month.Month:D2}";
}
