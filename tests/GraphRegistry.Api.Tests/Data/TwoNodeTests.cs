using System.Security.Cryptography;
using System.Text.Json;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Npgsql;

namespace GraphRegistry.Api.Tests.Data;

/// <summary>
/// Two registry processes on different ports over one PostgreSQL database, started at the same
/// moment, each with its own empty data directory: they read each other's ciphertext and blind
/// indexes (keys come from the database) and their access-log entries form one valid chain.
/// </summary>
public sealed class TwoNodeTests : IDisposable
{
    private const string Households = """
        { households(first: 6) { edges { node { id address members { person { id nationalId firstNameLatin birthDate } } } } } }
        """;

    private const string Household = """
        query($id: ID!) { household(id: $id) { id address members { person { id nationalId firstNameLatin birthDate } } } }
        """;

    private const string AnssRead = """
        query Lookup($id: ID!) { household(id: $id, purpose: "ASD_ELIGIBILITY") { id phone members { person { firstNameLatin birthDate } } } }
        """;

    private const string ByNationalId = "query($nationalId: String!) { personByNationalId(nationalId: $nationalId) { nationalId household { id } } }";

    private readonly string nodeA = RegistryApplication.CreateDataDirectory();
    private readonly string nodeB = RegistryApplication.CreateDataDirectory();

    [SkippableFact]
    public async Task Two_nodes_share_keys_and_extend_one_access_log_chain()
    {
        Skip.If(TestDatabase.Server is null, $"needs a PostgreSQL server: {TestDatabase.ServerVariable} (see .ci/postgres.sh)");
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        // Started together: the start-up lock lets one create keys and demo data while the other waits.
        using var a = RegistryProcess.Serve(Node(nodeA, signingKey));
        using var b = RegistryProcess.Serve(Node(nodeB, signingKey));
        var clients = await Task.WhenAll(a.WaitUntilReadyAsync(TimeSpan.FromMinutes(3)), b.WaitUntilReadyAsync(TimeSpan.FromMinutes(3)));
        var (onA, onB) = (clients[0], clients[1]);
        var operatorToken = await TokenAsync(signingKey, "--operator");
        var officerToken = await TokenAsync(signingKey, "--officer");
        var anssToken = await TokenAsync(signingKey, "--agency", "ANSS");

        // What node A decrypts, node B decrypts identically.
        var listed = (await Post(onA, operatorToken, Households)).GetProperty("households").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(6, listed.Count);
        foreach (var household in listed)
        {
            var fromB = (await Post(onB, operatorToken, Household, new { id = household.GetProperty("id").GetString() })).GetProperty("household");
            Assert.Equal(household.GetRawText(), fromB.GetRawText());
            Assert.False(string.IsNullOrEmpty(fromB.GetProperty("address").GetString()));
        }

        // A household registered through B is found through A by its national ID (the shared blind-index key).
        var card = HouseholdInputBuilder.NewNationalId();
        var registered = await Post(onB, operatorToken, "mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }", new { input = new HouseholdInputBuilder().WithHead(card).Build() });
        var found = (await Post(onA, operatorToken, ByNationalId, new { nationalId = card })).GetProperty("personByNationalId");
        Assert.Equal(card, found.GetProperty("nationalId").GetString());
        Assert.Equal(registered.GetProperty("registerHousehold").GetProperty("id").GetString(), found.GetProperty("household").GetProperty("id").GetString());

        // Both nodes log at once; the officer finds one unbroken chain from either node.
        var ids = listed.Select(h => h.GetProperty("id").GetString()!).ToList();
        var reads = Enumerable.Range(0, 40).Select(i => Post(i % 2 == 0 ? onA : onB, anssToken, AnssRead, new { id = ids[i % ids.Count] }));
        await Task.WhenAll(reads);
        var verifiedByA = (await Post(onA, officerToken, "{ verifyAccessLog { valid verifiedEntries problem } }")).GetProperty("verifyAccessLog");
        var verifiedByB = (await Post(onB, officerToken, "{ verifyAccessLog { valid verifiedEntries problem } }")).GetProperty("verifyAccessLog");
        Assert.True(verifiedByA.GetProperty("valid").GetBoolean(), verifiedByA.GetRawText());
        Assert.True(verifiedByB.GetProperty("valid").GetBoolean(), verifiedByB.GetRawText());

        await using var database = new NpgsqlConnection(TestDatabase.ConnectionStringFor(nodeA));
        await database.OpenAsync();
        var (entries, lowest, highest) = await ScalarsAsync(database, """SELECT COUNT(*), MIN("Sequence"), MAX("Sequence") FROM "AccessLog" """);
        Assert.True(entries >= 1 + 6 + 2 + 40, $"every read is logged ({entries} entries)"); // list, six reads on B, register and lookup, 40 agency reads
        Assert.Equal((1, entries), (lowest, highest));
        Assert.True(verifiedByB.GetProperty("verifiedEntries").GetInt64() >= entries);
        var (seeded, blindIndexKeys, keyRingKeys) = await ScalarsAsync(database, """
            SELECT (SELECT COUNT(*) FROM "Households") - 1,
                   (SELECT COUNT(*) FROM "KeyMaterial" WHERE "Name" = 'blind-index-key'),
                   (SELECT COUNT(*) FROM "KeyMaterial" WHERE "Name" LIKE 'dp:key-%')
            """);
        Assert.Equal((12, 1, 1), (seeded, blindIndexKeys, keyRingKeys));

        // Pooled connections are not reset when returned: the start-up lock must not live on in one.
        // A bigint advisory key shows as its high and low 32 bits; other tests' registries take the
        // same key in their own databases meanwhile.
        var (startupLocks, _, _) = await ScalarsAsync(database, $"""
            SELECT COUNT(*), 0, 0 FROM pg_locks
            WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND classid = {StartupLock.LockId >> 32} AND objid = {StartupLock.LockId & 0xFFFF_FFFF} AND objsubid = 1
            """);
        Assert.Equal(0, startupLocks);
        Assert.All([nodeA, nodeB], directory =>
        {
            Assert.False(File.Exists(Path.Combine(directory, "blind-index.key")), "keys live in the database, not beside a node");
            Assert.False(Directory.Exists(Path.Combine(directory, "keys")), "keys live in the database, not beside a node");
        });
    }

    public void Dispose()
    {
        TestDatabase.Drop(nodeA);
        TemporaryDirectory.Delete(nodeA);
        TemporaryDirectory.Delete(nodeB);
    }

    // Both nodes point at node A's database; each keeps its own (otherwise empty) data directory.
    private Dictionary<string, string> Node(string dataDirectory, string signingKey) => new()
    {
        ["Registry__DataDirectory"] = dataDirectory,
        ["Registry__DemoHouseholds"] = "12",
        ["Registry__Database__Provider"] = "PostgreSQL",
        ["ConnectionStrings__Registry"] = TestDatabase.ConnectionStringFor(nodeA),
        ["Authentication__Jwt__SigningKey"] = signingKey,
    };

    private Task<string> TokenAsync(string signingKey, params string[] who) => RegistryProcess.TokenAsync(Node(nodeA, signingKey), who);

    private static async Task<JsonElement> Post(HttpClient node, string token, string query, object? variables = null)
    {
        var response = await node.PostGraphQLWithTokenAsync(token, query, variables);
        Assert.False(response.Json.TryGetProperty("errors", out var errors), errors.ToString());
        return response.Data;
    }

    private static async Task<(long, long, long)> ScalarsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
