using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Data;

/// <summary>
/// SQLite keeps an updated row's old bytes in the page's unused space, and the write-ahead log
/// keeps old pages: a copy of the file would still hold values just rewritten. VACUUM rewrites
/// every page from the live rows; truncating the log then leaves the old pages nowhere. It holds
/// the write lock throughout.
/// </summary>
public static class SqliteCompaction
{
    /// <summary>False, and nothing done, on other stores.</summary>
    public static async Task<bool> CompactAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return false;
        }

        await db.Database.ExecuteSqlRawAsync("VACUUM", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        return true;
    }
}
