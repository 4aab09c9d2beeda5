using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Lets one node at a time prepare a shared PostgreSQL database (create it, migrate it, make its
/// first keys), so two nodes started together never both mint a key ring or race a migration.
/// A session-level advisory lock, held on its own connection and released when disposed.
/// A node waits up to ten minutes (another may be seeding demo data), then fails with an error.
/// A SQLite file belongs to one process; there it is a no-op.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private const long LockId = 0x47_52_53_54_41_52_54; // "GRSTART": any constant every node agrees on

    private readonly NpgsqlConnection? connection;

    private StartupLock(NpgsqlConnection? connection) => this.connection = connection;

    public static async Task<StartupLock> AcquireAsync(RegistryDatabase database, RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return new StartupLock(null);
        }

        await CreateDatabaseIfMissingAsync(db, cancellationToken);
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockId})", connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            // Said explicitly: a pooled connection keeps its session, and with it the lock, after Dispose.
            await using (var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockId})", connection))
            {
                await unlock.ExecuteNonQueryAsync();
            }

            await connection.DisposeAsync();
        }
    }

    private static async Task CreateDatabaseIfMissingAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException exists) when (exists.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node created it a moment ago.
        }
    }
}
