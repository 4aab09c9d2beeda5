using System.Security.Cryptography;
using GraphRegistry.Api.Tests.Infrastructure;
using Npgsql;

namespace GraphRegistry.Api.Tests.Replica;

/// <summary>
/// Two registry processes over one primary and its streaming standby, as a deployment runs them:
/// both read agency lookups from the standby (its own statistics count the reads), both log to the
/// primary, and the entries of both form one chain.
/// </summary>
public sealed class TwoNodesOnAReplicaTests(StreamingStandby standby) : IClassFixture<StreamingStandby>, IDisposable
{
    private const string Lookup = """
        query($n: String!) { personByNationalId(nationalId: $n, purpose: "ASD_ELIGIBILITY") { id firstNameLatin household { id size } } }
        """;

    private readonly string nodeA = RegistryApplication.CreateDataDirectory();
    private readonly string nodeB = RegistryApplication.CreateDataDirectory();

    [SkippableFact]
    public async Task Two_nodes_read_the_replica_and_extend_one_chain_on_the_primary()
    {
        Skip.If(standby.Server is null, $"needs a PostgreSQL server: {TestDatabase.ServerVariable} (see .ci/postgres.sh)");
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using var a = RegistryProcess.Serve(Node(nodeA, signingKey));
        var onA = await a.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
        using var b = RegistryProcess.Serve(Node(nodeB, signingKey));
        var onB = await b.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
        var anss = await RegistryProcess.TokenAsync(Node(nodeA, signingKey), "--agency", "ANSS");
        var officer = await RegistryProcess.TokenAsync(Node(nodeA, signingKey), "--officer");
        var operatorToken = await RegistryProcess.TokenAsync(Node(nodeA, signingKey), "--operator");
        var cards = await NationalIdsAsync(onA, operatorToken);
        await WaitUntilServingAsync(onA);
        await WaitUntilServingAsync(onB);
        var readsBefore = await StandbyCommitsAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            (i % 2 == 0 ? onA : onB).PostGraphQLWithTokenAsync(anss, Lookup, new { n = cards[i % cards.Count] })));
        var readsAfter = await StandbyCommitsAsync(atLeast: readsBefore + 40);

        Assert.All(answers, answer => Assert.Empty(answer.ErrorCodes));
        Assert.True(readsAfter - readsBefore >= 40, $"the standby served {readsAfter - readsBefore} transactions for 40 lookups");
        foreach (var node in new[] { onA, onB })
        {
            var verified = (await node.PostGraphQLWithTokenAsync(officer, "{ verifyAccessLog { valid verifiedEntries problem } }", null)).Data.GetProperty("verifyAccessLog");
            Assert.True(verified.GetProperty("valid").GetBoolean(), verified.GetRawText());
            Assert.True(verified.GetProperty("verifiedEntries").GetInt64() >= 41);
        }
    }

    public void Dispose()
    {
        TestDatabase.Drop(nodeA);
        TemporaryDirectory.Delete(nodeA);
        TemporaryDirectory.Delete(nodeB);
    }

    // Both nodes on node A's database and its replica; each keeps its own (otherwise empty) data directory.
    private Dictionary<string, string> Node(string dataDirectory, string signingKey)
    {
        var environment = new Dictionary<string, string>
        {
            ["Registry__DataDirectory"] = dataDirectory,
            ["Registry__DemoHouseholds"] = "6",
            ["Authentication__Jwt__SigningKey"] = signingKey,
        };
        foreach (var (setting, value) in ReplicaSettings.For(nodeA, standby, TimeSpan.FromSeconds(30)))
        {
            environment[setting.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }

    private static async Task<List<string>> NationalIdsAsync(HttpClient node, string operatorToken)
    {
        var listed = await node.PostGraphQLWithTokenAsync(operatorToken, "{ households(first: 6) { edges { node { members { person { nationalId } } } } } }", null);
        return [.. listed.Data.GetProperty("households").GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("node").GetProperty("members").EnumerateArray())
            .Select(m => m.GetProperty("person").GetProperty("nationalId").GetString())
            .OfType<string>()];
    }

    private static async Task WaitUntilServingAsync(HttpClient node)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!(await node.GetStringAsync("/health/ready")).Contains("Agency reads go to the read replica", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "a node did not start reading the replica within 30 s");
            await Task.Delay(100);
        }
    }

    // Transactions the standby itself ran in the registry's database (its statistics are its own,
    // and reach the view within about a second).
    private async Task<long> StandbyCommitsAsync(long atLeast = 0)
    {
        await using var connection = new NpgsqlConnection(standby.ConnectionStringFor(nodeA));
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            await using (var fresh = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection))
            {
                await fresh.ExecuteNonQueryAsync();
            }

            await using var command = new NpgsqlCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", connection);
            var commits = (long)(await command.ExecuteScalarAsync())!;
            if (commits >= atLeast || DateTime.UtcNow > deadline)
            {
                return commits;
            }

            await Task.Delay(200);
        }
    }
}
