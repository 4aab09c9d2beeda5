using System.Security.Cryptography;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>Outside Development keys are never generated unasked, and a configured certificate encrypts the key ring at rest.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private const string ProductionIssuer = "https://id.registry.example/";

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
    public void Outside_development_an_unprotected_key_ring_stops_start_up_naming_the_setting()
    {
        var settings = Production(allowKeyGeneration: true);
        settings["Registry:Keys:CertificatePath"] = string.Empty;
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 0, ownsDirectory: false, "Production", settings);

        var failure = Assert.ThrowsAny<Exception>(() => registry.CreateClient());

        var refusal = FindRefusal(failure);
        Assert.Contains("must be encrypted at rest: set Registry:Keys:CertificatePath", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith("Start-up stopped; nothing was changed.", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dataDirectory));
    }

    [Fact]
    public async Task The_registry_process_refuses_an_unprotected_key_ring_with_exit_code_1()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Registry__DataDirectory"] = dataDirectory,
            ["Registry__Keys__CertificatePath"] = string.Empty,
        };
        foreach (var (setting, value) in Production(allowKeyGeneration: true).Concat(TestDatabase.SettingsFor(dataDirectory)).Where(s => !s.Key.StartsWith("Registry:Keys:Certificate", StringComparison.Ordinal)))
        {
            environment[setting.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var (exitCode, output) = await RegistryProcess.RunAsync(environment);

        Assert.Equal(1, exitCode);
        Assert.Contains("Registry:Keys:CertificatePath", output, StringComparison.Ordinal);
        Assert.EndsWith("Start-up stopped; nothing was changed.", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dataDirectory));
    }

    [Theory]
    [InlineData("wrong password", "cannot be read as a PKCS#12 certificate")]
    [InlineData("no such file", "cannot be read as a PKCS#12 certificate")]
    public void A_certificate_that_cannot_be_read_stops_start_up_naming_the_setting(string problem, string message)
    {
        var certificate = Path.Combine(dataDirectory, "key-ring.pfx");
        if (problem == "wrong password")
        {
            KeyRingCertificate.Write(certificate, "the right one");
        }

        var settings = Production(allowKeyGeneration: true);
        settings["Registry:Keys:CertificatePath"] = certificate;
        settings["Registry:Keys:CertificatePassword"] = "Secret-Pa55word";
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 0, ownsDirectory: false, "Production", settings);

        var refusal = FindRefusal(Assert.ThrowsAny<Exception>(() => registry.CreateClient()));

        Assert.Contains($"Registry:Keys:CertificatePath is '{certificate}', which {message}", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-Pa55word", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_configured_certificate_encrypts_the_key_ring_and_reads_it_back(string environment)
    {
        var certificate = Path.Combine(dataDirectory, "..", Path.GetFileName(dataDirectory) + ".pfx");
        KeyRingCertificate.Write(certificate, "test-password");

        var settings = environment == "Production" ? Production(allowKeyGeneration: true) : [];
        settings["Registry:Keys:CertificatePath"] = certificate;
        settings["Registry:Keys:CertificatePassword"] = "test-password";
        try
        {
            using (var first = new RegistryApplication(dataDirectory, demoHouseholds: 1, ownsDirectory: false, environment, settings))
            {
                Assert.Empty((await Operator(first).PostGraphQLAsync("{ households { totalCount } }")).ErrorCodes);
            }

            var keyFiles = await KeyRingAsync();
            using var second = new RegistryApplication(dataDirectory, demoHouseholds: 1, ownsDirectory: false, environment, settings);
            var household = DemoPlaintext.Of(second)[0];
            var read = await Operator(second).PostGraphQLAsync("query($id: ID!) { household(id: $id) { address } }", new { id = household.PublicId });

            Assert.NotEmpty(keyFiles);
            Assert.All(keyFiles, xml =>
            {
                Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
                Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
            });
            Assert.Equal(household.Address, read.Data.GetProperty("household").GetProperty("address").GetString());

            // The blind-index, chain and pseudonym keys are encrypted under that ring too, and read back.
            var nationalId = household.Members.First(m => m.NationalId is not null).NationalId!;
            var found = await Operator(second).PostGraphQLAsync("query($n: String!) { personByNationalId(nationalId: $n) { household { id } } }", new { n = nationalId });
            Assert.Equal(household.PublicId, found.Data.GetProperty("personByNationalId").GetProperty("household").GetProperty("id").GetString());
            if (!TestDatabase.IsPostgreSql)
            {
                Assert.All(["blind-index.key", "access-log-chain.key", "pseudonym.key"], name =>
                    Assert.StartsWith("protected:CfDJ8", File.ReadAllText(Path.Combine(dataDirectory, name)), StringComparison.Ordinal));
            }
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    [SkippableFact]
    public async Task Secret_files_written_before_a_certificate_was_configured_are_encrypted_at_the_next_start()
    {
        Skip.If(TestDatabase.IsPostgreSql, "on PostgreSQL the secrets are rows, always encrypted under the key ring");
        using (var unprotected = new RegistryApplication(dataDirectory, demoHouseholds: 1, ownsDirectory: false, "Development", new Dictionary<string, string> { ["Registry:Keys:CertificatePath"] = string.Empty }))
        {
            Assert.Empty((await unprotected.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("{ households { totalCount } }")).ErrorCodes);
        }

        var plain = File.ReadAllText(Path.Combine(dataDirectory, "blind-index.key"));
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 1, ownsDirectory: false, "Development", KeyRingCertificate.TestSettings);
        var household = DemoPlaintext.Of(registry)[0];
        var found = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(
            "query($n: String!) { personByNationalId(nationalId: $n) { household { id } } }",
            new { n = household.Members.First(m => m.NationalId is not null).NationalId });

        Assert.Equal(household.PublicId, found.Data.GetProperty("personByNationalId").GetProperty("household").GetProperty("id").GetString());
        var stored = File.ReadAllText(Path.Combine(dataDirectory, "blind-index.key"));
        Assert.StartsWith("protected:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(plain.Trim(), stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_without_a_certificate_the_log_says_plainly_that_the_keys_are_unencrypted()
    {
        var logs = new LogCapture();
        var settings = new Dictionary<string, string> { ["Registry:Keys:CertificatePath"] = string.Empty };
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 1, ownsDirectory: false, "Development", settings) { Logs = logs };

        Assert.Empty((await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("{ households { totalCount } }")).ErrorCodes);

        Assert.Contains(logs.Lines, line => line.Contains("Development: the Data Protection key ring's keys are stored unencrypted", StringComparison.Ordinal)
            && line.Contains("because this is a development machine", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("No XML encryptor configured", StringComparison.Ordinal));
        Assert.NotEmpty(await KeyRingAsync());
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

    // Outside Development tokens come from the identity provider: one signed with the configured key.
    private static HttpClient Operator(RegistryApplication registry)
    {
        if (registry.Environment == "Development")
        {
            return registry.CreateClient(TestPrincipals.Operator);
        }

        var client = registry.CreateClient();
        var claims = TokenForge.Claims(GraphRegistry.Api.Identity.RegistryPrincipal.KindClaimValue(GraphRegistry.Api.Identity.PrincipalKind.Operator));
        client.DefaultRequestHeaders.Authorization = new("Bearer", TokenForge.Make(registry, claims, issuer: ProductionIssuer));
        return client;
    }

    private static GraphRegistry.Api.Data.RegistryStartupException FindRefusal(Exception failure) =>
        GraphRegistry.Api.Data.RegistryStartupFailure.Find(failure) ?? throw new Xunit.Sdk.XunitException($"not a start-up refusal: {failure}");

    // A Production registry's settings, with a key-ring certificate (tests that test without one blank it).
    private static Dictionary<string, string> Production(bool allowKeyGeneration) => new(KeyRingCertificate.TestSettings)
    {
        ["Authentication:Jwt:Issuer"] = ProductionIssuer,
        ["Authentication:Jwt:Audience"] = "graphregistry",
        ["Authentication:Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Registry:Keys:AllowKeyGeneration"] = allowKeyGeneration ? "true" : "false",
    };
}
