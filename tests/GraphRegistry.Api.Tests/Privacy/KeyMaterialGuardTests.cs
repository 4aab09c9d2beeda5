using System.Security.Cryptography;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>A populated registry whose keys are gone refuses to start and changes nothing.</summary>
public sealed class KeyMaterialGuardTests : IDisposable
{
    private readonly string dataDirectory = RegistryApplication.CreateDataDirectory();

    [Theory]
    [InlineData("keys", "Data Protection key ring")]
    [InlineData("blind-index.key", "blind-index key")]
    public async Task Start_up_stops_when_keys_of_existing_data_are_missing(string keyMaterial, string named)
    {
        using (var first = new RegistryApplication(dataDirectory, demoHouseholds: 5, ownsDirectory: false, "Development"))
        {
            var response = await first.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("{ households { totalCount } }");
            Assert.Equal(5, response.Data.GetProperty("households").GetProperty("totalCount").GetInt32());
        }

        await RemoveAsync(keyMaterial);

        var before = await FingerprintAsync();
        using var second = new RegistryApplication(dataDirectory, demoHouseholds: 5, ownsDirectory: false, "Development");

        var failure = Assert.ThrowsAny<Exception>(() => second.CreateClient());

        var missing = FindMissingKeyMaterial(failure);
        Assert.Contains(named, missing.Message, StringComparison.Ordinal);
        Assert.Contains("Start-up stopped; nothing was changed.", missing.Message, StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync());
        Assert.False(Directory.Exists(Path.Combine(dataDirectory, "keys")) && keyMaterial == "keys", "no fresh key ring may be minted");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(dataDirectory);
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static MissingKeyMaterialException FindMissingKeyMaterial(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is MissingKeyMaterialException missing)
            {
                return missing;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Select(FindOrNull).FirstOrDefault(e => e is not null) is { } inner)
            {
                return inner;
            }
        }

        throw new Xunit.Sdk.XunitException($"Expected a MissingKeyMaterialException, got {exception.GetType().Name}: {exception.Message}");

        static MissingKeyMaterialException? FindOrNull(Exception e)
        {
            try
            {
                return FindMissingKeyMaterial(e);
            }
            catch (Xunit.Sdk.XunitException)
            {
                return null;
            }
        }
    }

    // On PostgreSQL the key material is rows of the shared database rather than files.
    private async Task RemoveAsync(string keyMaterial)
    {
        if (TestDatabase.IsPostgreSql)
        {
            await using var connection = await TestDatabase.OpenPostgreSqlAsync(dataDirectory);
            await using var delete = connection.CreateCommand();
            delete.CommandText = keyMaterial == "keys"
                ? "DELETE FROM \"KeyMaterial\" WHERE \"Name\" LIKE 'dp:key-%'"
                : "DELETE FROM \"KeyMaterial\" WHERE \"Name\" = 'blind-index-key'";
            Assert.True(await delete.ExecuteNonQueryAsync() > 0);
            return;
        }

        var path = Path.Combine(dataDirectory, keyMaterial);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }

    private async Task<string> FingerprintAsync()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            return FilesFingerprint();
        }

        await using var connection = await TestDatabase.OpenPostgreSqlAsync(dataDirectory);
        return FilesFingerprint() + "|" + Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(await TestDatabase.DumpAsync(connection))));
    }

    // Any SQLite reader creates the -shm index and an empty -wal; neither holds data.
    private string FilesFingerprint() => string.Join(',', Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories)
        .Where(file => !file.EndsWith("-shm", StringComparison.Ordinal) && new FileInfo(file).Length > 0)
        .Order(StringComparer.Ordinal)
        .Select(file => Path.GetFileName(file) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))));
}
