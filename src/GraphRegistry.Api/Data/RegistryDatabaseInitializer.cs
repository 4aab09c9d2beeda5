using System.Data.Common;
using System.Net.Sockets;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Brings the registry to a servable state at start-up: keys checked against data first (so a
/// lost key ring stops everything before anything changes), then migrations, keys, demo data.
/// The whole preparation holds the start-up lock (an advisory lock on PostgreSQL, a lock file
/// beside SQLite), so processes starting together on one database take turns.
/// </summary>
public sealed class RegistryDatabaseInitializer(
    RegistryDataDirectory dataDirectory,
    RegistryDatabase database,
    KeyMaterialGuard keyGuard,
    KeyRotation.RevokedKeyGuard revokedKeys,
    IKeyMaterialStore blindIndexKeys,
    RegistryDbContext db,
    DemoDataSeeder seeder,
    AgencyPolicySeeder agencies,
    BulkRescorer rescorer,
    AccessLog.AccessLogChain chain,
    TimeProvider clock,
    IOptions<RegistryDataOptions> options,
    ILogger<RegistryDatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken, bool createDemoData = true)
    {
        keyGuard.EnsureKeyRingProtected(database.Provider);
        Directory.CreateDirectory(dataDirectory.FullPath);
        await using (await ReachAsync(() => StartupLock.AcquireAsync(database, db, keyGuard.MayCreateRegistry, logger, cancellationToken)))
        {
            await ReachAsync(() => keyGuard.EnsureKeysMatchDataAsync(cancellationToken));
            await revokedKeys.EnsureNoValueUnderRevokedKeyAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // WAL lets readers proceed while a writer commits; the setting persists in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await keyGuard.CreateMissingKeysAsync(cancellationToken);

            // Read once now, so keys that cannot be read stop start-up instead of failing requests later.
            await ReachAsync(() => Task.FromResult((blindIndexKeys.BlindIndexKeys, blindIndexKeys.AccessLogChainKey, blindIndexKeys.PseudonymKey)));
            // The access log's months: partitions ahead of time (PostgreSQL), and the sealed month
            // records of a log written before they existed (needs the chain key, read just above).
            await AccessLog.AccessLogPartitions.EnsureAheadAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await AccessLog.AccessLogMonthRecords.BackfillAsync(db, chain, cancellationToken);
            await SealLegacyDocumentHashesAsync(cancellationToken);
            await agencies.SeedAsync(db, cancellationToken);
            await ProgramSeeder.SeedAsync(db, cancellationToken);

            var demoHouseholds = options.Value.DemoHouseholds;
            if (createDemoData && demoHouseholds > 0 && !await db.Households.AnyAsync(cancellationToken))
            {
                logger.LogInformation("Empty registry: creating {Count} demo households", demoHouseholds);
                await seeder.SeedAsync(demoHouseholds, progress: null, cancellationToken);
                await rescorer.RescoreAsync("initial", ScoreTrigger.Initial, batchSize: 500, progress: null, cancellationToken);
            }
        }
    }

    private async Task SealLegacyDocumentHashesAsync(CancellationToken cancellationToken)
    {
        if (await AccessLog.LegacyDocumentHashes.SealAllAsync(db, blindIndexKeys.AccessLogChainKey, cancellationToken) is > 0 and var count)
        {
            // Once, on upgrade: the hashes in clear must not stay in the file's free space (SQLite)
            // or in the table's dead rows (PostgreSQL, where VACUUM FULL rewrites the table).
            if (!await SqliteCompaction.CompactAsync(db, cancellationToken))
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM FULL \"AccessLog\"", cancellationToken);
            }

            logger.LogInformation("Sealed the document hashes of {Count} access-log entries written before document shapes", count);
        }
    }

    /// <summary>The first touches of the database: a server that cannot be reached stops start-up with a message naming the setting.</summary>
    private async Task<T> ReachAsync<T>(Func<Task<T>> firstContact)
    {
        try
        {
            return await firstContact();
        }
        catch (Exception exception) when (UnreachableCause(exception) is { } cause)
        {
            // The driver's message says why (refused, timed out, authentication) and never carries
            // the password; EF's wrapper ("likely due to a transient failure") does not say why.
            var why = cause.InnerException is SocketException socket ? $"{cause.Message} ({socket.Message})" : cause.Message;
            throw new RegistryStartupException(
                $"The registry cannot reach its database, the {database.Location} ({RegistryDatabase.ProviderSetting}, {RegistryDatabase.ConnectionStringSetting}): "
                + $"{why.TrimEnd('.')}. Start-up stopped; nothing was changed.",
                exception);
        }
    }

    // EF's execution strategy wraps the driver's error in an InvalidOperationException ("transient failure").
    // A server that answers with an SQL error was reached: only connection, authentication and
    // missing-database errors mean it could not be used at all.
    private static Exception? UnreachableCause(Exception? exception) => exception switch
    {
        null => null,
        PostgresException answered => answered.SqlState.StartsWith("08", StringComparison.Ordinal) || answered.SqlState.StartsWith("28", StringComparison.Ordinal)
            || answered.SqlState == PostgresErrorCodes.InvalidCatalogName ? answered : null,
        DbException or SocketException or TimeoutException => exception,
        _ => UnreachableCause(exception.InnerException),
    };

    private async Task ReachAsync(Func<Task> firstContact) =>
        await ReachAsync(async () =>
        {
            await firstContact();
            return true;
        });
}
