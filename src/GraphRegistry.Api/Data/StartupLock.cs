using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Lets one node at a time prepare a shared PostgreSQL database (create it, migrate it, make its
/// first keys), so two nodes started together never both mint a key ring or race a migration.
/// A session-level advisory lock, held on a connection of its own outside the pool: closing it
/// ends the session, and with it the lock (pooled connections are not reset when returned).
/// A node waits up to ten minutes (another may be seeding demo data), then fails with an error.
/// Needs session pooling: behind a transaction-mode pooler (PgBouncer) a session lock does not hold.
/// A SQLite file belongs to one process; there it is a no-op.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    internal const long LockId = 0x47_52_53_54_41_52_54; // "GRSTART": any constant every node agrees on

    private readonly NpgsqlConnection? connection;

    private StartupLock(NpgsqlConnection? connection) => this.connection = connection;

    public static async Task<StartupLock> AcquireAsync(RegistryDatabase database, RegistryDbContext db, bool mayCreateDatabase, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return new StartupLock(null);
        }

        await CreateDatabaseIfMissingAsync(database, db, mayCreateDatabase, cancellationToken);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, Multiplexing = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockId})", connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
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
