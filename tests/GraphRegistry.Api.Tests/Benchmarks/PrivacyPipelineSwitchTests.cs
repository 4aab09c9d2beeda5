using System.Security.Cryptography;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Benchmarks;

/// <summary>
/// Registry:Benchmarks:PrivacyPipeline=false exists to measure the pipeline's cost: in Development
/// it skips rules, guards, decryption and the log; anywhere else the registry refuses to start, as
/// it does with the access log switched off (Registry:AccessLog:Enabled=false).
/// </summary>
public sealed class PrivacyPipelineSwitchTests
{
    private const string Switch = "Registry:Benchmarks:PrivacyPipeline";
    private const string AccessLogSwitch = "Registry:AccessLog:Enabled";

    // The query of tests/GraphRegistry.Benchmarks/load/lookup-comparison.lua.
    private const string Lookup = """
        query Lookup($n: String!) { personByNationalId(nationalId: $n, purpose: "ASD_ELIGIBILITY") { id firstNameLatin lastNameLatin birthDate household { id size } } }
        """;

    [Theory]
    [InlineData("Production", Switch)]
    [InlineData("Staging", Switch)]
    [InlineData("Production", AccessLogSwitch)]
    public void Start_up_outside_development_refuses_a_measurement_switch_turned_off(string environment, string setting)
    {
        var dataDirectory = RegistryApplication.CreateDataDirectory();
        var settings = new Dictionary<string, string>
        {
            ["Authentication:Jwt:Issuer"] = "https://id.registry.example/",
            ["Authentication:Jwt:Audience"] = "graphregistry",
            ["Authentication:Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Registry:Keys:AllowKeyGeneration"] = "true",
            [setting] = "false",
        };
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 0, ownsDirectory: true, environment, settings);

        var failure = Assert.ThrowsAny<Exception>(() => registry.CreateClient());

        Assert.Contains($"{setting}=false is only for measurements in Development", failure.ToString(), StringComparison.Ordinal);
        if (!TestDatabase.IsPostgreSql)
        {
            Assert.False(File.Exists(registry.DatabaseFile), "refused before the database is created");
        }
    }

    [Fact]
    public async Task The_registry_process_refuses_the_switch_with_the_setting_named_and_exit_code_1()
    {
        var dataDirectory = RegistryApplication.CreateDataDirectory();
        try
        {
            var (exitCode, output) = await RegistryProcess.RunAsync(new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Registry__DataDirectory"] = dataDirectory,
                ["Registry__AccessLog__Enabled"] = "false",
            });

            Assert.Equal(1, exitCode);
            Assert.Contains($"{AccessLogSwitch}=false is only for measurements in Development", output, StringComparison.Ordinal);
            Assert.EndsWith("Start-up stopped; nothing was changed.", output.TrimEnd(), StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(dataDirectory));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Switched_off_the_lookup_skips_decryption_and_the_log_and_returns_ciphertext()
    {
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development", new Dictionary<string, string> { [Switch] = "false" });
        var person = DemoPlaintext.Of(registry).SelectMany(h => h.Members).First(m => m.NationalId is not null);
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        var decryptions = registry.Service<PersonalDataProtector>().Decryptions;

        var response = await agency.PostGraphQLAsync(Lookup, new { n = person.NationalId });

        Assert.Empty(response.ErrorCodes);
        var found = response.Data.GetProperty("personByNationalId");
        Assert.Equal(person.PublicId, found.GetProperty("id").GetString());
        Assert.Equal(await StoredFirstNameAsync(registry, person.PublicId), found.GetProperty("firstNameLatin").GetString());
        Assert.NotEqual(person.FirstName.Latin, found.GetProperty("firstNameLatin").GetString());
        Assert.Equal(decryptions, registry.Service<PersonalDataProtector>().Decryptions);
        Assert.Equal(0, await LogEntriesAsync(registry));
    }

    [Fact]
    public async Task Switched_off_neither_the_field_rule_nor_the_purpose_rule_refuses()
    {
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development", new Dictionary<string, string> { [Switch] = "false" });
        var person = DemoPlaintext.Of(registry).SelectMany(h => h.Members).First(m => m.NationalId is not null);

        // Person.idcs is not granted to ANSS, and no purpose is declared.
        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS"))
            .PostGraphQLAsync("query($n: String!) { personByNationalId(nationalId: $n) { idcs } }", new { n = person.NationalId });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(0, await LogEntriesAsync(registry));
    }

    [Fact]
    public async Task The_same_lookup_with_the_pipeline_on_is_decrypted_and_logged()
    {
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development");
        var person = DemoPlaintext.Of(registry).SelectMany(h => h.Members).First(m => m.NationalId is not null);

        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(Lookup, new { n = person.NationalId });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(person.FirstName.Latin, response.Data.GetProperty("personByNationalId").GetProperty("firstNameLatin").GetString());
        Assert.Equal(1, await LogEntriesAsync(registry));
    }

    [Fact]
    public async Task The_ceiling_query_reads_no_database_and_writes_no_log()
    {
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 0, ownsDirectory: true, "Development");
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        await agency.PostGraphQLAsync("{ __typename }");
        registry.SqlCommands.Reset();

        // After the first request has cached the agency's grants, as under load.
        var response = await agency.PostGraphQLAsync("{ __typename }");

        Assert.Empty(response.ErrorCodes);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
        Assert.Equal(0, registry.SqlCommands.Count);
        Assert.Equal(0, await LogEntriesAsync(registry));
    }

    private static async Task<string?> StoredFirstNameAsync(RegistryApplication registry, string personPublicId)
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.PublicId == personPublicId);
        return person.FirstNameLatin.Ciphertext;
    }

    private static async Task<int> LogEntriesAsync(RegistryApplication registry)
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.AccessLog.CountAsync();
    }
}
