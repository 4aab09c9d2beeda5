using System.Text;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>The database file holds ciphertext only: no seeded name, identifier, phone or address in clear.</summary>
[Collection(RegistryCollection.Name)]
public sealed class EncryptionAtRestTests(SharedRegistry registry)
{
    [Fact]
    public async Task The_sqlite_file_contains_no_plaintext_personal_value()
    {
        _ = registry.CreateClient();
        var households = DemoPlaintext.Of(registry);
        var people = households.SelectMany(h => h.Members).ToList();
        string[] values =
        [
            .. people.Where(p => p.NationalId is not null).Take(40).Select(p => p.NationalId!),
            .. people.Take(40).Select(p => p.Idcs),
            .. people.Select(p => p.FirstName.Arabic).Distinct().Take(20),
            .. people.Select(p => p.LastName.Arabic).Distinct().Take(20),
            .. people.Select(p => p.LastName.Latin).Where(n => n.Length >= 7).Distinct().Take(20),
            .. people.Select(p => p.FirstName.Latin).Where(n => n.Length >= 7).Distinct().Take(20),
            .. households.Take(20).Select(h => h.Phone),
            .. households.Take(20).Select(h => h.Address),
            .. people.Take(20).Select(p => p.BirthDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        ];
        Assert.True(values.Length > 150, "the check must cover many values");

        var bytes = TestDatabase.IsPostgreSql ? Encoding.UTF8.GetBytes(await TestDatabase.DumpAsync(registry)) : await ReadDatabaseBytesAsync(registry.DatabaseFile);
        var text = Encoding.UTF8.GetString(bytes);

        // The check can see text: a table name is there in clear.
        Assert.Contains("Households", text, StringComparison.Ordinal);
        var found = values.Where(value => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0).ToList();
        Assert.True(found.Count == 0, $"{found.Count} seeded personal values were found in clear in the database file.");
    }

    // Checkpoints the WAL into the main file, then reads every file SQLite may have written to.
    private static async Task<byte[]> ReadDatabaseBytesAsync(string databaseFile)
    {
        await using (var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        using var all = new MemoryStream();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            await stream.CopyToAsync(all);
        }

        return all.ToArray();
    }
}
