using System.Text.Json;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Replica;

/// <summary>
/// A replica setting that cannot be right stops start-up with a message naming it, before anything
/// is created; a replica that does not answer does not: the node serves from the primary and its
/// readiness says so.
/// </summary>
public sealed class ReplicaRefusalTests : IDisposable
{
    private readonly string dataDirectory = RegistryApplication.CreateDataDirectory();

    [SkippableFact]
    public async Task A_replica_that_accepts_writes_stops_start_up()
    {
        Skip.If(TestDatabase.Server is null, $"needs a PostgreSQL server: {TestDatabase.ServerVariable} (see .ci/postgres.sh)");
        var environment = Environment(TestDatabase.ConnectionStringFor(dataDirectory));

        var (exitCode, output) = await RegistryProcess.RunAsync(environment);

        Assert.Equal(1, exitCode);
        Assert.Contains("ConnectionStrings:RegistryReplica names the PostgreSQL database", output, StringComparison.Ordinal);
        Assert.Contains("a server that accepts writes", output, StringComparison.Ordinal);
        Assert.EndsWith("Start-up stopped; nothing was changed.", output.TrimEnd(), StringComparison.Ordinal);
        Assert.False(await DatabaseExistsAsync(), "the refusal came before start-up created the registry's database");
    }

    [Theory]
    [InlineData("Sqlite", "Host=127.0.0.1;Port=5432;Database=registry", "ConnectionStrings:RegistryReplica is set but Registry:Database:Provider is not PostgreSQL")]
    [InlineData("PostgreSQL", "Host=127.0.0.1;Port=5432;Password=Secret-Pa55word;Flavour=vanilla", "ConnectionStrings:RegistryReplica is not a valid connection string")]
    public async Task A_replica_setting_that_cannot_work_stops_start_up_naming_it(string provider, string replica, string message)
    {
        var environment = new Dictionary<string, string>
        {
            ["Registry__DataDirectory"] = dataDirectory,
            ["Registry__Database__Provider"] = provider,
            ["ConnectionStrings__Registry"] = "Host=127.0.0.1;Port=5432;Database=registry;Username=registry",
            ["ConnectionStrings__RegistryReplica"] = replica,
        };

        var (exitCode, output) = await RegistryProcess.RunAsync(environment);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-Pa55word", output, StringComparison.Ordinal);
        Assert.EndsWith("Start-up stopped; nothing was changed.", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("MaxLag", "0")]
    [InlineData("CheckInterval", "soon")]
    public async Task A_duration_that_is_not_positive_stops_start_up_naming_it(string setting, string value)
    {
        var environment = new Dictionary<string, string>
        {
            ["Registry__DataDirectory"] = dataDirectory,
            [$"Registry__Replica__{setting}"] = value,
        };

        var (exitCode, output) = await RegistryProcess.RunAsync(environment);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Registry:Replica:{setting} is '{value}', which is not a positive duration", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories));
    }

    [SkippableFact]
    public async Task An_unreachable_replica_leaves_reads_on_the_primary_and_readiness_says_so()
    {
        Skip.If(TestDatabase.Server is null, $"needs a PostgreSQL server: {TestDatabase.ServerVariable} (see .ci/postgres.sh)");
        var nowhere = $"Host=127.0.0.1;Port={RegistryProcess.FreePort()};Username=registry;Database=registry;Timeout=2";
        var settings = new Dictionary<string, string>
        {
            ["Registry:Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Registry"] = TestDatabase.ConnectionStringFor(dataDirectory),
            ["ConnectionStrings:RegistryReplica"] = nowhere,
        };
        var logs = new LogCapture();
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 2, ownsDirectory: false, "Development", settings) { Logs = logs };
        var household = DemoPlaintext.Of(registry)[0];

        var read = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id size } }", new { id = household.PublicId });
        using var ready = await registry.CreateClient().GetAsync("/health/ready");
        var replica = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("replica");

        Assert.Empty(read.ErrorCodes);
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", replica.GetProperty("status").GetString());
        Assert.Contains("does not answer; agency reads go to the primary", replica.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(logs.Lines, line => line.Contains("The read replica (ConnectionStrings:RegistryReplica) cannot be reached", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        TestDatabase.Drop(dataDirectory);
        TemporaryDirectory.Delete(dataDirectory);
    }

    // A registry whose "replica" is the primary itself.
    private Dictionary<string, string> Environment(string replica) => new()
    {
        ["Registry__DataDirectory"] = dataDirectory,
        ["Registry__DemoHouseholds"] = "2",
        ["Registry__Database__Provider"] = "PostgreSQL",
        ["ConnectionStrings__Registry"] = TestDatabase.ConnectionStringFor(dataDirectory),
        ["ConnectionStrings__RegistryReplica"] = replica,
    };

    private async Task<bool> DatabaseExistsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.RequireServer());
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.ConnectionStringFor(dataDirectory)).Database!);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
