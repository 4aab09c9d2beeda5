using System.Diagnostics;
using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphRegistry.Api.Replica;

/// <summary>
/// Every Registry:Replica:CheckInterval, notes how far the primary's WAL has been flushed and how
/// far the replica has replayed. The lag is the age of the oldest primary position the replica
/// has not replayed yet: what a read on the replica may miss. (PostgreSQL's own replay timestamp
/// grows while the primary is idle, and would send reads away from a replica that is up to date.)
/// </summary>
public sealed class ReplicaLagMonitor(ReadReplica replica, RegistryDatabase primary, IOptions<ReplicaOptions> options) : BackgroundService
{
    private readonly Queue<(long Position, long TakenAt)> unreplayed = new();
    private readonly Lock gate = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (replica.Database is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckInterval);
        do
        {
            await CheckAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One comparison of the two servers; the result goes to <see cref="ReadReplica.Update"/>.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (replica.Database is not { } database)
        {
            return;
        }

        long flushed;
        try
        {
            flushed = await ScalarAsync<long>(primary.ConnectionString, "SELECT (pg_current_wal_flush_lsn() - '0/0'::pg_lsn)::bigint", cancellationToken);
        }
        catch (NpgsqlException)
        {
            // The primary's own readiness check reports it; without its position the lag is unknown, so the state stays.
            return;
        }

        Note(flushed);
        try
        {
            var standby = await ScalarAsync<bool>(database.ConnectionString, "SELECT pg_is_in_recovery()", cancellationToken);
            if (!standby)
            {
                replica.Update(ReplicaStatus.NotAStandby);
                return;
            }

            var replayed = await ScalarAsync<long>(database.ConnectionString, "SELECT (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint", cancellationToken);
            var lag = LagAfter(replayed);
            replica.Update(new ReplicaStatus(lag > options.Value.MaxLag ? ReplicaState.Lagging : ReplicaState.Serving, lag));
        }
        catch (NpgsqlException)
        {
            replica.Update(ReplicaStatus.Unreachable);
        }
    }

    // A position is kept with the moment it was first seen; a later sample of the same position
    // would make the replica look fresher than it is.
    private void Note(long flushed)
    {
        lock (gate)
        {
            if (unreplayed.Count > 0 && unreplayed.Last().Position >= flushed)
            {
                return;
            }

            unreplayed.Enqueue((flushed, Stopwatch.GetTimestamp()));

            // While the replica is down the queue would grow for ever. Dropping the oldest keeps
            // samples older than MaxLag, so a replica that far behind still reads as lagging.
            var keep = 2 * (int)Math.Ceiling(options.Value.MaxLag / options.Value.CheckInterval) + 2;
            while (unreplayed.Count > keep)
            {
                unreplayed.Dequeue();
            }
        }
    }

    private TimeSpan LagAfter(long replayed)
    {
        lock (gate)
        {
            while (unreplayed.TryPeek(out var oldest) && oldest.Position <= replayed)
            {
                unreplayed.Dequeue();
            }

            return unreplayed.TryPeek(out var missing) ? Stopwatch.GetElapsedTime(missing.TakenAt) : TimeSpan.Zero;
        }
    }

    // Connections of their own, with short timeouts: a replica that hangs is found out within a check or two.
    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, CancellationToken cancellationToken)
    {
        var quick = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, CommandTimeout = 3, ApplicationName = "registry-replica-check" };
        await using var connection = new NpgsqlConnection(quick.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
