using GraphRegistry.Api.Data;
using Npgsql;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// One rotate-keys run at a time per registry, whichever process or node starts it. PostgreSQL: a
/// session advisory lock on a connection of its own; SQLite: an exclusive lock on a file beside the
/// database. Both go with the process, so a killed run leaves no stale lock to clear by hand.
/// </summary>
internal sealed class KeyRotationLock : IAsyncDisposable
{
    private const long LockId = 0x47_52_52_4F_54_41_54_45; // "GRROTATE"

    private readonly IAsyncDisposable held;

    private KeyRotationLock(IAsyncDisposable held) => this.held = held;

    public static async Task<KeyRotationLock> AcquireAsync(RegistryDatabase database, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, Multiplexing = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockId})", connection);
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                return new KeyRotationLock(connection);
            }

            await connection.DisposeAsync();
            throw Held();
        }

        try
        {
            return new KeyRotationLock(new FileStream(database.DatabaseFile! + ".rotate-keys.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw Held();
        }
    }

    public ValueTask DisposeAsync() => held.DisposeAsync();

    private static KeyRotationRefusedException Held() =>
        new("Another rotate-keys run holds the lock (another process, or another node on this database). Wait for it to end; nothing was changed.");
}
