using System.Text;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// What someone holding a copy of the database reads: the SQLite files (the registry's and the access
/// log's) and their write-ahead logs, or a dump of every PostgreSQL table.
/// </summary>
public static class DatabaseText
{
    public static async Task<string> ReadAsync(RegistryApplication registry) => Encoding.UTF8.GetString(await ReadBytesAsync(registry));

    public static async Task<byte[]> ReadBytesAsync(RegistryApplication registry)
    {
        if (TestDatabase.IsPostgreSql)
        {
            return Encoding.UTF8.GetBytes(await TestDatabase.DumpAsync(registry));
        }

        // Checkpointed first (every attached file: no schema named), so the main files hold what the
        // write-ahead logs did; both are read anyway, in case a reader kept a checkpoint from finishing.
        await using (var connection = await TestDatabase.OpenAsync(registry))
        {
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        using var all = new MemoryStream();
        foreach (var file in registry.SqliteFiles.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await stream.CopyToAsync(all);
        }

        return all.ToArray();
    }
}
