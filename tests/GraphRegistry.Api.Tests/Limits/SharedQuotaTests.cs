using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace GraphRegistry.Api.Tests.Limits;

/// <summary>
/// Registry nodes on one PostgreSQL database count an agency's quota together: requests per minute
/// exactly, distinct households per day within the quota plus what the requests in flight when it
/// was reached read (docs/operations.md, "Agency quotas"). The nodes run in this process on one
/// clock, so minutes and days pass when the test says, never in the middle of a burst.
/// </summary>
public sealed class SharedQuotaTests : IDisposable
{
    private const string Read = "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id } }";

    // Sequential readers, half on each node: at most this many requests are in flight at once.
    private const int Readers = 4;

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly string signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly string database = RegistryApplication.CreateDataDirectory();
    private readonly List<RegistryApplication> nodes = [];

    [SkippableFact]
    public async Task Two_nodes_together_answer_exactly_the_requests_per_minute_quota()
    {
        SkipWithoutServer();
        var (a, b) = StartTwo(requestsPerMinute: 10, subjectsPerDay: 1_000, demoHouseholds: 3);
        var id = new { id = DemoPlaintext.Of(a)[0].PublicId };
        var anss = AgencyClients(a, b);
        var officer = a.CreateClient(TestPrincipals.Officer);

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => anss[i % 2].PostGraphQLAsync(Read, id)));

        Assert.Equal(10, answers.Count(r => r.Status == HttpStatusCode.OK && r.ErrorCodes.Count == 0));
        Assert.Equal(20, answers.Count(r => r.Status == HttpStatusCode.TooManyRequests && r.ErrorCodes.SequenceEqual(["RATE_LIMITED"])));
        var entries = await OfficerLog.EntriesAsync(officer, new { agency = "ANSS" });
        Assert.Equal(20, entries.Count(e => Outcome(e) == ("DENIED", "RATE_LIMITED")));
        Assert.Equal(10, entries.Count(e => Outcome(e).Outcome == "ALLOWED"));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty((await anss[1].PostGraphQLAsync(Read, id)).ErrorCodes);
        Assert.Empty((await anss[0].PostGraphQLAsync(Read, id)).ErrorCodes);
    }

    [SkippableFact]
    public async Task Two_nodes_together_read_at_most_the_daily_quota_plus_the_requests_in_flight()
    {
        SkipWithoutServer();
        const int quota = 8;
        var (a, b) = StartTwo(requestsPerMinute: 10_000, subjectsPerDay: quota, demoHouseholds: 40);
        var households = DemoPlaintext.Of(a).Select(h => h.PublicId).ToList();
        var anss = AgencyClients(a, b);
        var officer = a.CreateClient(TestPrincipals.Officer);

        // Each household is asked for once, by whichever reader is free: each request reads one household.
        var next = -1;
        async Task<List<GraphQLResponse>> ReadAllAsync(HttpClient node)
        {
            var answers = new List<GraphQLResponse>();
            for (var i = Interlocked.Increment(ref next); i < households.Count; i = Interlocked.Increment(ref next))
            {
                answers.Add(await node.PostGraphQLAsync(Read, new { id = households[i] }));
            }

            return answers;
        }

        var answers = (await Task.WhenAll(Enumerable.Range(0, Readers).Select(r => ReadAllAsync(anss[r % 2])))).SelectMany(a => a).ToList();

        var answered = answers.Count(r => r.Status == HttpStatusCode.OK && r.ErrorCodes.Count == 0);
        var refused = answers.Count(r => r.Status == HttpStatusCode.TooManyRequests && r.ErrorCodes.SequenceEqual(["SUBJECT_QUOTA_EXCEEDED"]));
        Assert.Equal(households.Count, answered + refused);
        var entries = await OfficerLog.EntriesAsync(officer, new { agency = "ANSS" });
        var read = entries.Where(e => Outcome(e).Outcome == "ALLOWED").SelectMany(e => e.GetProperty("subjects").EnumerateArray().Select(s => s.GetString())).Distinct().Count();
        Assert.Equal(answered, read);

        // The stated margin: admitted while under the quota, at most one household each for every reader in flight.
        Assert.InRange(read, quota, quota - 1 + (Readers * 1));
        Assert.Equal(refused, entries.Count(e => Outcome(e) == ("DENIED", "SUBJECT_QUOTA_EXCEEDED")));
        Assert.Equal(read, await ScalarAsync("""SELECT "Households" FROM "AgencyQuotaDays" WHERE "Agency" = 'ANSS'"""));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty((await anss[1].PostGraphQLAsync(Read, new { id = households[^1] })).ErrorCodes);
    }

    [SkippableFact]
    public async Task A_quota_store_that_cannot_count_refuses_with_QUOTA_UNAVAILABLE_and_returns_no_data_until_it_is_back()
    {
        SkipWithoutServer();
        // A quota under 32 a minute leases one admission at a time: every admission asks the store.
        var node = StartNode(database, requestsPerMinute: 10, subjectsPerDay: 100, demoHouseholds: 3, storeTimeout: "00:00:00.500");
        var households = DemoPlaintext.Of(node).Select(h => h.PublicId).ToList();
        var anss = node.CreateClient(TestPrincipals.Agency("ANSS"));
        var officer = node.CreateClient(TestPrincipals.Officer);
        Assert.Empty((await anss.PostGraphQLAsync(Read, new { id = households[0] })).ErrorCodes);

        // Another session holds the counters' tables: each count waits past Limits:QuotaStoreTimeout.
        var atAdmission = await WhileLockedAsync("AgencyQuotaMinutes", () => anss.PostGraphQLAsync(Read, new { id = households[1] }));
        var afterReading = await WhileLockedAsync("AgencyQuotaHouseholds", () => anss.PostGraphQLAsync(Read, new { id = households[2] }));
        var back = await anss.PostGraphQLAsync(Read, new { id = households[2] });

        Assert.All([atAdmission, afterReading], refused =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.Equal(["QUOTA_UNAVAILABLE"], refused.ErrorCodes);
            Assert.False(refused.Json.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, refused.Body);
            Assert.DoesNotContain(households[1], refused.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(households[2], refused.Body, StringComparison.Ordinal);
        });
        Assert.Empty(back.ErrorCodes);
        Assert.Equal(households[2], back.Data.GetProperty("household").GetProperty("id").GetString());
        var entries = await OfficerLog.EntriesAsync(officer, new { agency = "ANSS" });
        Assert.Single(entries, e => Outcome(e) == ("DENIED", "QUOTA_UNAVAILABLE"));

        // The household read before its count failed is logged as read, though its answer was withheld.
        var withheld = Assert.Single(entries, e => Outcome(e) == ("ALLOWED", "QUOTA_UNAVAILABLE"));
        Assert.Equal(households[2], Assert.Single(withheld.GetProperty("subjects").EnumerateArray()).GetString());
    }

    [SkippableFact]
    public async Task Far_from_its_quota_a_node_reserves_admissions_in_leases_and_records_a_household_once()
    {
        SkipWithoutServer();
        var node = StartNode(database, requestsPerMinute: 1600, subjectsPerDay: 100_000, demoHouseholds: 3);
        var id = new { id = DemoPlaintext.Of(node)[0].PublicId };
        var anss = node.CreateClient(TestPrincipals.Agency("ANSS"));

        for (var i = 0; i < 10; i++)
        {
            Assert.Empty((await anss.PostGraphQLAsync(Read, id)).ErrorCodes);
        }

        // One statement reserved a sixteenth of what remains of both quotas, at most 64; the household was
        // recorded by the first read and by no other.
        Assert.Equal(64, await ScalarAsync("""SELECT "Requests" FROM "AgencyQuotaMinutes" WHERE "Agency" = 'ANSS'"""));
        Assert.Equal(1, await ScalarAsync("""SELECT "Households" FROM "AgencyQuotaDays" WHERE "Agency" = 'ANSS'"""));

        // A new minute drops what is left of the lease: the next admission reserves again.
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty((await anss.PostGraphQLAsync(Read, id)).ErrorCodes);
        Assert.Equal(2, await ScalarAsync("""SELECT COUNT(*) FROM "AgencyQuotaMinutes" WHERE "Agency" = 'ANSS'"""));
    }

    [SkippableFact]
    public async Task Counters_of_past_minutes_and_days_are_pruned_once_the_clock_moves_on()
    {
        SkipWithoutServer();
        var node = StartNode(database, requestsPerMinute: 100, subjectsPerDay: 100, demoHouseholds: 3);
        var id = new { id = DemoPlaintext.Of(node)[0].PublicId };
        var anss = node.CreateClient(TestPrincipals.Agency("ANSS"));
        Assert.Empty((await anss.PostGraphQLAsync(Read, id)).ErrorCodes);
        var counted = await ScalarAsync("""SELECT (SELECT COUNT(*) FROM "AgencyQuotaMinutes") + (SELECT COUNT(*) FROM "AgencyQuotaDays") + (SELECT COUNT(*) FROM "AgencyQuotaHouseholds")""");

        clock.Advance(TimeSpan.FromDays(3));
        Assert.Empty((await anss.PostGraphQLAsync(Read, id)).ErrorCodes);

        // Pruning runs beside the request: wait for it, briefly.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        long old;
        do
        {
            await Task.Delay(50);
            old = await ScalarAsync($"""
                SELECT (SELECT COUNT(*) FROM "AgencyQuotaMinutes" WHERE "Minute" < '{clock.GetUtcNow().AddHours(-1):O}')
                     + (SELECT COUNT(*) FROM "AgencyQuotaDays" WHERE "Day" < '{clock.GetUtcNow().AddDays(-1):yyyy-MM-dd}')
                     + (SELECT COUNT(*) FROM "AgencyQuotaHouseholds" WHERE "Day" < '{clock.GetUtcNow().AddDays(-1):yyyy-MM-dd}')
                """);
        }
        while (old > 0 && DateTime.UtcNow < deadline);

        Assert.Equal(3, counted);
        Assert.Equal(0, old);
        Assert.Equal(3, await ScalarAsync("""SELECT (SELECT COUNT(*) FROM "AgencyQuotaMinutes") + (SELECT COUNT(*) FROM "AgencyQuotaDays") + (SELECT COUNT(*) FROM "AgencyQuotaHouseholds")"""));
    }

    // In both passes whenever a server is given: the nodes are on PostgreSQL whatever the run's
    // provider (compiled queries are compiled per model, so one process may host both).
    private static void SkipWithoutServer() =>
        Skip.If(TestDatabase.Server is null, $"needs a PostgreSQL server: {TestDatabase.ServerVariable} (see .ci/postgres.sh)");

    public void Dispose()
    {
        // The node that owns the database goes last: the others are connected to it.
        foreach (var node in Enumerable.Reverse(nodes))
        {
            node.Dispose();
        }
    }

    private (RegistryApplication A, RegistryApplication B) StartTwo(int requestsPerMinute, int subjectsPerDay, int demoHouseholds)
    {
        // A first: it creates the database, the keys and the demo data that B then finds.
        var a = StartNode(database, requestsPerMinute, subjectsPerDay, demoHouseholds);
        var b = StartNode(RegistryApplication.CreateDataDirectory(), requestsPerMinute, subjectsPerDay, demoHouseholds);
        return (a, b);
    }

    // Every node is on the database named after the first node's data directory.
    private RegistryApplication StartNode(string dataDirectory, int requestsPerMinute, int subjectsPerDay, int demoHouseholds, string? storeTimeout = null)
    {
        var node = new RegistryApplication(dataDirectory, demoHouseholds, ownsDirectory: true, "Development", new Dictionary<string, string>
        {
            [RegistryDatabase.ProviderSetting] = "PostgreSQL",
            [RegistryDatabase.ConnectionStringSetting] = TestDatabase.ConnectionStringFor(database),
            ["Authentication:Jwt:SigningKey"] = signingKey,
            ["Limits:RequestsPerMinute"] = requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:SubjectsPerDay"] = subjectsPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:QuotaStoreTimeout"] = storeTimeout ?? "00:00:05",
        }, clock);
        nodes.Add(node);
        _ = node.CreateClient();
        return node;
    }

    // One token (the nodes share the signing key), one client per node.
    private static HttpClient[] AgencyClients(RegistryApplication a, RegistryApplication b)
    {
        var onB = b.CreateClient();
        onB.DefaultRequestHeaders.Authorization = new("Bearer", a.Token(TestPrincipals.Agency("ANSS")));
        return [a.CreateClient(TestPrincipals.Agency("ANSS")), onB];
    }

    private async Task<GraphQLResponse> WhileLockedAsync(string table, Func<Task<GraphQLResponse>> request)
    {
        await using var connection = await TestDatabase.OpenPostgreSqlAsync(database);
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""LOCK TABLE "{table}" IN ACCESS EXCLUSIVE MODE""";
            await command.ExecuteNonQueryAsync();
        }

        var answer = await request();
        await transaction.RollbackAsync();
        return answer;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await TestDatabase.OpenPostgreSqlAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (string? Outcome, string? Reason) Outcome(JsonElement entry) =>
        (entry.GetProperty("outcome").GetString(), entry.GetProperty("reason").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("reason").GetString());
}
