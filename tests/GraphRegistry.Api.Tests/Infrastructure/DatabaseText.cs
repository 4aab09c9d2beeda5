using System.Text;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// What someone holding a copy of the database reads: the SQLite file and its write-ahead log as
/// text, or a dump of every PostgreSQL table.
/// </summary>
public static class DatabaseText
{
    public static async Task<string> ReadAsync(RegistryApplication registry)
    {
        if (TestDatabase.IsPostgreSql)
        {
            return await TestDatabase.DumpAsync(registry);
        }

        var text = new StringBuilder();
        foreach (var file in new[] { registry.DatabaseFile, registry.DatabaseFile + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            text.Append(Encoding.UTF8.GetString(copy.ToArray()));
        }

        return text.ToString();
    }
}
