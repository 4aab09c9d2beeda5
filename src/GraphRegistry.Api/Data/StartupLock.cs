using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Lets one process at a time prepare the registry's database (create it, migrate it, make its
/// first keys, seed its demo data), so two registries started together on one database never both
/// mint a key ring, race a migration or seed two sets of demo households. On PostgreSQL a
/// session-level advisory lock, held on a connection of its own outside the pool: closing it ends
/// the session, and with it the lock (pooled connections are not reset when returned). It needs
/// session pooling: behind a transaction-mode pooler (PgBouncer) a session lock does not hold. On
/// SQLite a lock file beside the database (<see cref="StartupLockFile"/>). A process waits up to
/// ten minutes (another may be seeding demo data), then fails with an error. Readers that must not
/// see a half-made registry (the token command) take the same lock shared.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    internal const long LockId = 0x47_52_53_54_41_52_54; // "GRSTART": any constant every node agrees on

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private readonly IAsyncDisposable? held;

    private StartupLock(IAsyncDisposable? held) => this.held = held;

    public static async Task<StartupLock> AcquireAsync(RegistryDatabase database, RegistryDbContext db, bool mayCreateDatabase, ILogger logger, CancellationToken cancellationToken)
    {
        void Waiting() => logger.LogInformation("Another process is preparing the {Location}; waiting for it to finish", database.Location);

        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return database.DatabaseFile is { } file && IsFile(file)
                ? new StartupLock(await StartupLockFile.AcquireExclusiveAsync(StartupLockFile.PathFor(file), Patience, Waiting, cancellationToken))
                : new StartupLock(null);
        }

        await CreateDatabaseIfMissingAsync(database, db, mayCreateDatabase, cancellationToken);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, Multiplexing = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!await TryLockAsync(connection, "pg_try_advisory_lock", cancellationToken))
            {
                Waiting();
                await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockId})", connection) { CommandTimeout = (int)Patience.TotalSeconds };
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The lock shared, once no process prepares the database (it waits up to <paramref name="patience"/>,
    /// calling <paramref name="onWait"/> once if it has to); null when the wait ran out. Where no
    /// registry was ever started (no lock file, no database) it returns at once holding nothing.
    /// </summary>
    public static async Task<StartupLock?> AcquireSharedAsync(RegistryDatabase database, TimeSpan patience, Action onWait, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            if (database.DatabaseFile is not { } file || !IsFile(file))
            {
                return new StartupLock(null);
            }

            var (shared, timedOut) = await StartupLockFile.AcquireSharedAsync(StartupLockFile.PathFor(file), patience, onWait, cancellationToken);
            return timedOut ? null : new StartupLock(shared);
        }

        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, Multiplexing = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var waitingSince = DateTime.UtcNow;
            var waited = false;
            while (!await TryLockAsync(connection, "pg_try_advisory_lock_shared", cancellationToken))
            {
                if (DateTime.UtcNow - waitingSince >= patience)
                {
                    await connection.DisposeAsync();
                    return null;
                }

                if (!waited)
                {
                    onWait();
                    waited = true;
                }

                await Task.Delay(200, cancellationToken);
            }

            return new StartupLock(connection);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await connection.DisposeAsync();
            return new StartupLock(null); // no database yet: the reader finds nothing and says so
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (held is not null)
        {
            await held.DisposeAsync();
        }
    }

    // An in-memory database (or a named shared one) has no file to lock beside, and no second process.
    private static bool IsFile(string dataSource) =>
        dataSource.Length > 0 && !dataSource.StartsWith(':') && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, string function, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}({LockId})", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task CreateDatabaseIfMissingAsync(RegistryDatabase database, RegistryDbContext db, bool mayCreate, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        if (!mayCreate)
        {
            // Outside Development a missing database is more likely a mistyped name than a new registry.
            throw new RegistryStartupException(
                $"The {database.Location} does not exist ({RegistryDatabase.ConnectionStringSetting}). Create it, or set "
                + "Registry:Keys:AllowKeyGeneration=true for the first start of a new registry. Start-up stopped; nothing was changed.");
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException raced) when (raced.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it a moment ago (PostgreSQL reports that race as either error).
        }
    }
}
