using System.Collections.Concurrent;
using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphRegistry.Api.Limits;

/// <summary>
/// Counts agencies' quotas in the shared PostgreSQL database, so every node charges the same
/// counters. Admissions are reserved in leases (<see cref="QuotaLease"/>): one statement reads the
/// day's distinct households and reserves up to 64 of the minute's requests, at most a sixteenth of
/// what remains, only while under both quotas; the row lock on the minute's counter orders
/// reservations from every node, so no more than the quota is ever admitted in a minute. One
/// statement per admission made every lookup of one agency wait for that one row in turn (measured:
/// lookups 0.30 of the ceiling without it). Households are recorded after the request has read
/// them, so requests admitted before the day's quota was reached may finish over it
/// (docs/operations.md states the margin).
/// </summary>
public sealed class PostgreSqlAgencyQuotaCounter(RegistryDatabase database, TimeProvider clock, IOptions<LimitsOptions> options, ILogger<PostgreSqlAgencyQuotaCounter> logger) : IAgencyQuotaCounter
{
    // Reserves $6 admissions of the minute at once (a lease), while the day's households and the
    // minute's reservations are under their quotas. The counter may pass the quota by what the last
    // lease reserved: the caller keeps only what was under it, so no more than the quota is admitted.
    // An update the WHERE refuses still waits for the row lock, then returns nothing.
    private const string Admit = """
        WITH today AS (
            SELECT COALESCE((SELECT "Households" FROM "AgencyQuotaDays" WHERE "Day" = $1 AND "Agency" = $2), 0) AS households
        ), counted AS (
            INSERT INTO "AgencyQuotaMinutes" AS m ("Minute", "Agency", "Requests")
            SELECT $3, $2, $6 FROM today WHERE today.households < $4 AND $5 > 0
            ON CONFLICT ("Minute", "Agency") DO UPDATE SET "Requests" = m."Requests" + $6 WHERE m."Requests" < $5
            RETURNING "Requests"
        )
        SELECT (SELECT households FROM today), (SELECT "Requests" FROM counted)
        """;

    // Only the households not yet counted today are inserted, and the day's counter grows by
    // exactly those: a household read again, or read on another node at the same moment, counts once.
    private const string Record = """
        WITH added AS (
            INSERT INTO "AgencyQuotaHouseholds" ("Day", "Agency", "Household")
            SELECT $1, $2, household FROM unnest($3::text[]) AS household
            ON CONFLICT DO NOTHING
            RETURNING 1
        ), counted AS (
            INSERT INTO "AgencyQuotaDays" AS d ("Day", "Agency", "Households")
            SELECT $1, $2, COUNT(*) FROM added HAVING COUNT(*) > 0
            ON CONFLICT ("Day", "Agency") DO UPDATE SET "Households" = d."Households" + EXCLUDED."Households"
        )
        SELECT COUNT(*)::int FROM added
        """;


    // A counter lost in a database crash costs an agency a few requests or households of quota,
    // not the registry's integrity: these commits do not wait for the WAL flush (the access log's do).
    // Local to the batch's transaction, so no setting stays on the pooled connection.
    private const string AsynchronousCommit = "SELECT set_config('synchronous_commit', 'off', true)";

    // Minutes are kept an hour, days two days past: a node whose clock lags another's still finds its rows.
    private static readonly TimeSpan MinutesKept = TimeSpan.FromHours(1);
    private const int DaysKept = 2;
    private static readonly TimeSpan PruneTimeout = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, QuotaLease> leases = new(StringComparer.Ordinal);
    private long prunedHour;

    public async ValueTask<QuotaRefusal?> TryAdmitAsync(string agency, AgencyQuota quota, CancellationToken cancellationToken)
    {
        var period = QuotaPeriod.At(clock);
        var lease = leases.GetOrAdd(agency, _ => new QuotaLease());
        if (lease.TryTake(period, quota))
        {
            return null;
        }

        // One reservation at a time per agency on this node: requests that found the lease empty
        // together would otherwise each reserve one, and reserve the minute's quota many times over
        // while admitting a fraction of it. Those that waited take from the lease just filled.
        await lease.Refilling.WaitAsync(cancellationToken);
        try
        {
            if (lease.TryTake(period, quota))
            {
                return null;
            }

            return await ReserveAsync(agency, quota, period, lease, cancellationToken);
        }
        finally
        {
            lease.Refilling.Release();
        }
    }

    private async Task<QuotaRefusal?> ReserveAsync(string agency, AgencyQuota quota, QuotaPeriod period, QuotaLease lease, CancellationToken cancellationToken)
    {
        PruneOncePerHour(period);
        var size = lease.NextSize(period, quota);
        var (households, requests) = await RunAsync([Statement(Admit, Value(period.Day), Value(agency), Value(period.Minute), Value(quota.SubjectsPerDay), Value(quota.RequestsPerMinute), Value(size))], ReadAdmissionAsync, options.Value.QuotaStoreTimeout, cancellationToken);
        if (households >= quota.SubjectsPerDay)
        {
            lease.Granted(period, granted: 0, requests ?? 0, households);
            return QuotaRefusal.Households(quota, period);
        }

        // The counter read `requests` after adding `size`: what it held before, up to the quota, is this lease.
        var granted = requests is { } after ? Math.Clamp(quota.RequestsPerMinute - (after - size), 0, size) : 0;
        lease.Granted(period, granted, requests ?? quota.RequestsPerMinute, households);
        return granted > 0 ? null : QuotaRefusal.Requests(quota, period);
    }

    public async ValueTask RecordHouseholdsAsync(string agency, IReadOnlyCollection<string> households, CancellationToken cancellationToken)
    {
        if (households.Count == 0)
        {
            return;
        }

        // Households this node already recorded today are counted: a lookup of a household read
        // before costs no statement.
        var period = QuotaPeriod.At(clock);
        var lease = leases.GetOrAdd(agency, _ => new QuotaLease());
        var fresh = lease.NotYetRecorded(period, households.Distinct(StringComparer.Ordinal));
        if (fresh.Length == 0)
        {
            return;
        }

        // Always in the same order: two requests inserting overlapping households then wait for
        // each other in one direction and never deadlock.
        Array.Sort(fresh, StringComparer.Ordinal);
        try
        {
            var added = await RunAsync([Statement(Record, Value(period.Day), Value(agency), Value(fresh))], CountAddedAsync, options.Value.QuotaStoreTimeout, cancellationToken);
            lease.CountHouseholds(added);
        }
        catch (QuotaStoreUnavailableException)
        {
            lease.Forget(fresh);
            throw;
        }
    }

    private static async Task<(int Households, int? Requests)> ReadAdmissionAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetInt32(1));
    }

    private static async Task<int> CountAddedAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var added = await reader.ReadAsync(cancellationToken) ? reader.GetInt32(0) : 0;
        await ConsumeAsync(reader, cancellationToken);
        return added;
    }

    // Errors of a later statement in the batch surface while its result is read.
    private static async Task<bool> ConsumeAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        while (await reader.NextResultAsync(cancellationToken))
        {
        }

        return true;
    }

    // One round trip: the setting and the statements go as one batch, which Npgsql runs in one implicit transaction.
    private async Task<T> RunAsync<T>(NpgsqlBatchCommand[] statements, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(deadline.Token);
            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(new NpgsqlBatchCommand(AsynchronousCommit));
            foreach (var statement in statements)
            {
                batch.BatchCommands.Add(statement);
            }

            await using var reader = await batch.ExecuteReaderAsync(deadline.Token);
            return await read(reader, deadline.Token);
        }
        catch (OperationCanceledException timedOut) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable(timedOut);
        }
        catch (Exception failure) when (failure is NpgsqlException or TimeoutException)
        {
            throw Unavailable(failure);
        }
    }

    private QuotaStoreUnavailableException Unavailable(Exception failure)
    {
        // The type and SQL state say what failed; no agency, household or connection string.
        logger.LogWarning("The agency quota store could not count a request: {ExceptionType} {SqlState}", failure.GetType().Name, (failure as PostgresException ?? failure.InnerException as PostgresException)?.SqlState);
        return new QuotaStoreUnavailableException(failure);
    }

    // Old counters are deleted about once an hour per node, off the request's path: a missed prune
    // only leaves rows that no admission reads.
    private void PruneOncePerHour(QuotaPeriod period)
    {
        var hour = period.Minute.ToUnixTimeSeconds() / 3600;
        if (Interlocked.Exchange(ref prunedHour, hour) == hour)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RunAsync(
                    [
                        Statement("""DELETE FROM "AgencyQuotaMinutes" WHERE "Minute" < $1""", Value(period.Minute - MinutesKept)),
                        Statement("""DELETE FROM "AgencyQuotaHouseholds" WHERE "Day" < $1""", Value(period.Day.AddDays(-DaysKept))),
                        Statement("""DELETE FROM "AgencyQuotaDays" WHERE "Day" < $1""", Value(period.Day.AddDays(-DaysKept))),
                    ],
                    ConsumeAsync, PruneTimeout, CancellationToken.None);
            }
            catch (QuotaStoreUnavailableException)
            {
                // Logged; the next hour tries again.
            }
        });
    }

    private static NpgsqlBatchCommand Statement(string sql, params NpgsqlParameter[] parameters)
    {
        var statement = new NpgsqlBatchCommand(sql);
        statement.Parameters.AddRange(parameters);
        return statement;
    }

    private static NpgsqlParameter<T> Value<T>(T value) => new() { TypedValue = value };
}
