using GraphRegistry.Api.Data;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Tests.Infrastructure;
using Npgsql;

namespace GraphRegistry.Api.Tests.Data;

/// <summary>
/// A registry's first start as the README has it: two registry processes started at the same
/// moment on one empty database (one SQLite file, or one PostgreSQL database) take turns preparing
/// it and make one set of demo data; a token asked for meanwhile, from a second terminal, waits for
/// the registry to be created instead of racing its seeding.
/// </summary>
public sealed class FirstStartTests : IDisposable
{
    // Enough demo households for seeding to last a few seconds: the token must arrive during it.
    private const int Households = 1500;
    private const int Seed = 4242;

    private readonly string dataDirectory = RegistryApplication.CreateDataDirectory();

    [Fact]
    public async Task Two_registries_started_together_make_one_set_of_demo_data_and_a_token_waits_for_it()
    {
        var environment = Environment();
        using var a = RegistryProcess.Serve(environment);
        using var b = RegistryProcess.Serve(environment);
        await WaitUntilBeingCreatedAsync(TimeSpan.FromMinutes(1));

        var nationalId = new DemoHouseholdGenerator(Seed, 0, 0).Generate(1).Single().Members.First(m => m.NationalId is not null).NationalId!;
        var (exitCode, output) = await RegistryProcess.RunAsync(environment, "token", "--citizen", nationalId);
        var agency = await RegistryProcess.RunAsync(environment, "token", "--agency", "ANSS");

        Assert.True(exitCode == 0, output);
        Assert.Contains("The registry is still being created", output, StringComparison.Ordinal);
        Assert.DoesNotContain(nationalId, output, StringComparison.Ordinal);
        Assert.True(agency.ExitCode == 0, agency.Output);
        var citizen = output.Split('\n').Select(line => line.Trim()).Last(line => line.StartsWith("eyJ", StringComparison.Ordinal));

        var clients = await Task.WhenAll(a.WaitUntilReadyAsync(TimeSpan.FromMinutes(3)), b.WaitUntilReadyAsync(TimeSpan.FromMinutes(3)));
        var operatorToken = await RegistryProcess.TokenAsync(environment, "--operator");
        foreach (var client in clients)
        {
            var counted = await client.PostGraphQLWithTokenAsync(operatorToken, "{ households { totalCount } }", null);
            Assert.Equal(Households, counted.Data.GetProperty("households").GetProperty("totalCount").GetInt32());
        }

        var me = await clients[1].PostGraphQLWithTokenAsync(citizen, "{ me { household { id } } }", null);
        Assert.False(me.Json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.DoesNotContain("Unhandled exception", a.Output + b.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_a_registry_never_started_says_so_and_creates_nothing()
    {
        var environment = Environment();

        var (exitCode, output) = await RegistryProcess.RunAsync(environment, "token", "--citizen", "AB123456");

        Assert.Equal(1, exitCode);
        Assert.Contains("The registry has not been created yet", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AB123456", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dataDirectory, "registry.db")), "a token never creates the database");
    }

    public void Dispose()
    {
        TestDatabase.Drop(dataDirectory);
        TemporaryDirectory.Delete(dataDirectory);
    }

    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["Registry__DataDirectory"] = dataDirectory,
            ["Registry__DemoHouseholds"] = Households.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Registry__DemoSeed"] = Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (setting, value) in TestDatabase.SettingsFor(dataDirectory))
        {
            environment[setting.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }

    // Until one of the registries holds the start-up lock: a lock file nobody may share, or an
    // advisory lock another session holds exclusively.
    private async Task WaitUntilBeingCreatedAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await IsBeingCreatedAsync())
        {
            Assert.True(DateTime.UtcNow < deadline, "no registry began creating the database");
            await Task.Delay(50);
        }
    }

    private async Task<bool> IsBeingCreatedAsync()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            var lockFile = Path.Combine(dataDirectory, "registry.db.lock");
            if (!File.Exists(lockFile))
            {
                return false;
            }

            try
            {
                using var shared = new FileStream(lockFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }

        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionStringFor(dataDirectory)) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var held = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND mode = 'ExclusiveLock' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND classid = {StartupLock.LockId >> 32} AND objid = {StartupLock.LockId & 0xFFFF_FFFF})", connection);
            return (bool)(await held.ExecuteScalarAsync())!;
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false; // not created yet
        }
    }
}
