using System.Security.Cryptography;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>Outside Development keys are never generated unasked, and a configured certificate encrypts the key ring at rest.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string dataDirectory = RegistryApplication.CreateDataDirectory();

    [Fact]
    public void Outside_development_missing_keys_stop_start_up_instead_of_being_generated()
    {
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 0, ownsDirectory: false, "Production", Production(allowKeyGeneration: false));

        var failure = Assert.ThrowsAny<Exception>(() => registry.CreateClient());

        Assert.Contains("does not generate keys", failure.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dataDirectory, "blind-index.key")));
        Assert.False(Directory.Exists(Path.Combine(dataDirectory, "keys")) && Directory.EnumerateFiles(Path.Combine(dataDirectory, "keys")).Any());
    }

    [Fact]
    public async Task A_configured_certificate_encrypts_the_key_ring_and_reads_it_back()
    {
        var certificate = Path.Combine(dataDirectory, "key-ring.pfx");
        KeyRingCertificate.Write(certificate, "test-password");

        var settings = new Dictionary<string, string>
        {
            ["Registry:Keys:CertificatePath"] = certificate,
            ["Registry:Keys:CertificatePassword"] = "test-password",
        };
        using (var first = new RegistryApplication(dataDirectory, demoHouseholds: 1, ownsDirectory: false, "Development", settings))
        {
            Assert.Empty((await first.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("{ households { totalCount } }")).ErrorCodes);
        }

        var keyFiles = await KeyRingAsync();
        using var second = new RegistryApplication(dataDirectory, demoHouseholds: 1, ownsDirectory: false, "Development", settings);
        var household = DemoPlaintext.Of(second)[0];
        var read = await second.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("query($id: ID!) { household(id: $id) { address } }", new { id = household.PublicId });

        Assert.NotEmpty(keyFiles);
        Assert.All(keyFiles, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
        Assert.Equal(household.Address, read.Data.GetProperty("household").GetProperty("address").GetString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(dataDirectory);
        TemporaryDirectory.Delete(dataDirectory);
    }

    // The key ring's XML: files beside a SQLite database, rows of the shared PostgreSQL database.
    private async Task<List<string>> KeyRingAsync()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            return [.. Directory.EnumerateFiles(Path.Combine(dataDirectory, "keys"), "key-*.xml").Select(File.ReadAllText)];
        }

        await using var connection = await TestDatabase.OpenPostgreSqlAsync(dataDirectory);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Value\" FROM \"KeyMaterial\" WHERE \"Name\" LIKE 'dp:key-%'";
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static Dictionary<string, string> Production(bool allowKeyGeneration) => new()
    {
        ["Authentication:Jwt:Issuer"] = "https://id.registry.example/",
        ["Authentication:Jwt:Audience"] = "graphregistry",
        ["Authentication:Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Registry:Keys:AllowKeyGeneration"] = allowKeyGeneration ? "true" : "false",
    };
}
