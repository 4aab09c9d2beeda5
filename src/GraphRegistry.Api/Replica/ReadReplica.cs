using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphRegistry.Api.Replica;

/// <summary>
/// The read replica as this node last found it, and the contexts that read it. The lag monitor
/// updates the state every Registry:Replica:CheckInterval; a read that fails on the replica marks it
/// unreachable at once, so the requests after it go to the primary without waiting for the next check.
/// </summary>
public sealed class ReadReplica : IDisposable
{
    private readonly ReplicaDatabase? database;
    private readonly Lazy<PooledDbContextFactory<PostgreSqlRegistryDbContext>>? contexts;
    private readonly TimeSpan maxLag;
    private readonly ILogger<ReadReplica> logger;
    private ReplicaStatus status;

    public ReadReplica(ReplicaDatabase? database, IDbContextFactory<RegistryDbContext> primary, IOptions<ReplicaOptions> options, ILogger<ReadReplica> logger)
    {
        this.database = database;
        this.logger = logger;
        maxLag = options.Value.MaxLag;
        status = database is null ? ReplicaStatus.NotConfigured : ReplicaStatus.Unchecked;
        if (database is not null)
        {
            contexts = new(() => ReplicaPool(database, primary));
        }
    }

    public ReplicaDatabase? Database => database;

    public ReplicaStatus Status => Volatile.Read(ref status);

    /// <summary>A context on the replica. Callers ask only while <see cref="ReplicaStatus.ServesReads"/>.</summary>
    public RegistryDbContext CreateDbContext() =>
        (contexts ?? throw new InvalidOperationException("No read replica is configured.")).Value.CreateDbContext();

    /// <summary>Records what a check found; a change of state is logged once, without the replica's address.</summary>
    public void Update(ReplicaStatus found)
    {
        var previous = Interlocked.Exchange(ref status, found);
        if (previous.State == found.State)
        {
            return;
        }

        if (found.ServesReads)
        {
            logger.LogInformation("Read replica: {Description}", found.Describe(maxLag));
        }
        else
        {
            logger.LogWarning("Read replica: {Description}", found.Describe(maxLag));
        }
    }

    /// <summary>A read on the replica failed: reads go to the primary until a check finds it answering again.</summary>
    public void ReportFailure(Exception failure)
    {
        logger.LogWarning("A read on the replica failed with {ExceptionType}; it is read again on the primary", failure.GetType().Name);
        Update(ReplicaStatus.Unreachable);
        if (database is not null && LostConnection(failure))
        {
            // Pooled connections to a stopped server fail one by one on their next use otherwise.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(database.ConnectionString));
        }
    }

    /// <summary>
    /// The failures of the replica a read on the primary can stand in for: the server gone or
    /// shutting down, and queries a standby cancels because they conflict with its replay.
    /// Anything else (a bug, a cancelled request) is the request's own.
    /// </summary>
    public static bool IsReplicaFailure(Exception exception) => exception switch
    {
        PostgresException postgres => LostConnection(postgres) || postgres.SqlState == PostgresErrorCodes.SerializationFailure,
        NpgsqlException => true,
        InvalidOperationException { InnerException: NpgsqlException inner } => IsReplicaFailure(inner),
        _ => false,
    };

    // Class 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now).
    private static bool LostConnection(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException => true,
        _ => exception.InnerException is { } inner && LostConnection(inner),
    };

    public void Dispose()
    {
        if (contexts is { IsValueCreated: true, Value: IDisposable pool })
        {
            pool.Dispose();
        }
    }

    // The primary's model, the very instance: EF's compiled queries (the lookups') refuse a context
    // whose model is another instance, even one built from the same classes.
    private static PooledDbContextFactory<PostgreSqlRegistryDbContext> ReplicaPool(ReplicaDatabase database, IDbContextFactory<RegistryDbContext> primary)
    {
        using var onPrimary = primary.CreateDbContext();
        var options = new DbContextOptionsBuilder<PostgreSqlRegistryDbContext>();
        options.UseRegistryPostgreSql(database.ConnectionString).UseModel(onPrimary.Model);
        return new PooledDbContextFactory<PostgreSqlRegistryDbContext>(options.Options, DataServiceCollectionExtensions.PooledContexts);
    }
}
