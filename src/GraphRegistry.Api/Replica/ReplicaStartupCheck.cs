using GraphRegistry.Api.Data;
using Npgsql;

namespace GraphRegistry.Api.Replica;

/// <summary>
/// Before serving, and before start-up creates or migrates anything: a replica that accepts writes, or that is a copy of another cluster, is a
/// setting to fix and stops start-up; a replica that does not answer is not (it may be restarting),
/// so the node starts with agency reads on the primary and says so in its log and readiness.
/// </summary>
public sealed class ReplicaStartupCheck(ReadReplica replica, ReplicaLagMonitor monitor, RegistryDatabase primary, ILogger<ReplicaStartupCheck> logger) : StartupCheck
{
    private const string ClusterIdentity = "SELECT system_identifier FROM pg_control_system()";

    protected override async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (replica.Database is not { } database)
        {
            return;
        }

        bool standby;
        long replicaCluster;
        try
        {
            (standby, replicaCluster) = await IdentifyAsync(database.ConnectionString, cancellationToken);
        }
        catch (PostgresException refused) when (!refused.SqlState.StartsWith("57P", StringComparison.Ordinal))
        {
            // The server answered and refused (a password, a missing database): the setting is wrong.
            throw new RegistryStartupException(
                $"The read replica, the {database.Location} ({ReplicaDatabase.ConnectionStringSetting}), refused the connection: {refused.MessageText}. "
                + "Start-up stopped; nothing was changed.");
        }
        catch (NpgsqlException unreachable)
        {
            logger.LogWarning(
                "The read replica ({Setting}) cannot be reached ({Reason}): agency reads go to the primary until it answers",
                ReplicaDatabase.ConnectionStringSetting,
                unreachable.InnerException?.GetType().Name ?? unreachable.GetType().Name);
            replica.Update(ReplicaStatus.Unreachable);
            return;
        }

        if (!standby)
        {
            throw new RegistryStartupException(
                $"{ReplicaDatabase.ConnectionStringSetting} names the {database.Location}, a server that accepts writes (pg_is_in_recovery() is false): "
                + "a read replica must be a hot standby of the primary. Point it at the standby, or remove it to read everything from the primary. "
                + "Start-up stopped; nothing was changed.");
        }

        var (_, primaryCluster) = await IdentifyAsync(primary.ConnectionString, cancellationToken);
        if (replicaCluster != primaryCluster)
        {
            throw new RegistryStartupException(
                $"{ReplicaDatabase.ConnectionStringSetting} names the {database.Location}, a standby of another PostgreSQL cluster than the registry's primary "
                + "(their system identifiers differ): its data would not be the registry's. Start-up stopped; nothing was changed.");
        }

        await monitor.CheckAsync(cancellationToken);
    }

    // Both facts are the server's, not the database's: a new registry's database does not exist yet
    // (this check runs before start-up creates it), so the server's maintenance database answers instead.
    private static async Task<(bool Standby, long Cluster)> IdentifyAsync(string connectionString, CancellationToken cancellationToken)
    {
        var quick = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, CommandTimeout = 5, Pooling = false };
        try
        {
            return await IdentifyOnAsync(quick.ConnectionString, cancellationToken);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            quick.Database = "postgres";
            return await IdentifyOnAsync(quick.ConnectionString, cancellationToken);
        }
    }

    private static async Task<(bool Standby, long Cluster)> IdentifyOnAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT pg_is_in_recovery(), ({ClusterIdentity})", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetBoolean(0), reader.GetInt64(1));
    }
}
