using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.AccessLog;

/// <summary>Every read and refusal is logged, concurrently, durably, tamper-evidently, and the log holds no values.</summary>
public sealed class AccessLogTests : IDisposable
{
    private const string AnssRead = """
        query Lookup($id: ID!) { household(id: $id, purpose: "ASD_ELIGIBILITY") { id phone members { person { firstNameLatin birthDate } } } }
        """;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 12, ownsDirectory: true, "Development");

    [Fact]
    public async Task Parallel_reads_make_exactly_one_entry_each_in_one_valid_chain()
    {
        const int Reads = 48;
        var households = DemoPlaintext.Of(registry);
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));

        var responses = await Task.WhenAll(Enumerable.Range(0, Reads).Select(i => agency.PostGraphQLAsync(AnssRead, new { id = households[i % households.Count].PublicId })));

        Assert.All(responses, r => Assert.Empty(r.ErrorCodes));
        var entries = await OfficerLog.EntriesAsync(registry, new { agency = "ANSS" });
        Assert.Equal(Reads, entries.Count);
        Assert.Equal(Reads, entries.Select(e => e.GetProperty("requestId").GetString()).Distinct().Count());
        Assert.All(entries, e => Assert.Equal("Lookup", e.GetProperty("operationName").GetString()));
        Assert.All(entries, e => Assert.StartsWith("LEGAL_BASIS:Law 58-23", e.GetProperty("basis").GetString(), StringComparison.Ordinal));
        var chain = await OfficerLog.VerifyAsync(registry);
        Assert.True(chain.GetProperty("valid").GetBoolean());
        Assert.Equal(Reads, chain.GetProperty("verifiedEntries").GetInt64());
    }

    [Fact]
    public async Task An_entry_names_fields_and_masks_but_holds_no_value()
    {
        var household = DemoPlaintext.Of(registry)[0];
        await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(AnssRead, new { id = household.PublicId });

        var entry = Assert.Single(await OfficerLog.EntriesAsync(registry));

        var fields = entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("Household.phone", fields);
        Assert.Contains("Person.birthDate:MASKED(YEAR_ONLY)", fields);
        Assert.Contains(household.PublicId, entry.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("ALLOWED", entry.GetProperty("outcome").GetString());
        SensitiveValues.AssertNoneIn(entry.GetRawText(), household);
    }

    [Theory]
    [InlineData("query($id: ID!) { household(id: $id) { id } }", HttpStatusCode.BadRequest, "PURPOSE_REQUIRED")]
    [InlineData("query($id: ID!) { household(id: $id, purpose: \"MARKETING\") { id } }", HttpStatusCode.Forbidden, "PURPOSE_NOT_ALLOWED")]
    [InlineData("query($id: ID!) { household(id: $id, purpose: \"AMO_ELIGIBILITY\") { id } }", HttpStatusCode.Forbidden, "PURPOSE_NOT_ALLOWED")]
    [InlineData("query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { address } }", HttpStatusCode.Forbidden, "FORBIDDEN_FIELD")]
    public async Task A_refused_attempt_is_logged_as_denied(string query, HttpStatusCode status, string code)
    {
        var household = DemoPlaintext.Of(registry)[0];

        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(query, new { id = household.PublicId });

        Assert.Equal(status, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        var entry = Assert.Single(await OfficerLog.EntriesAsync(registry, new { outcome = "DENIED" }));
        Assert.Equal(code, entry.GetProperty("reason").GetString());
        Assert.Equal("ANSS", entry.GetProperty("agencyCode").GetString());
    }

    [Fact]
    public async Task A_token_for_an_unknown_agency_is_logged_as_denied()
    {
        var client = registry.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TokenForge.Make(registry, TokenForge.Claims("AGENCY", agency: "GHOST")));

        var response = await client.PostGraphQLAsync("{ regions { code } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        var entry = Assert.Single(await OfficerLog.EntriesAsync(registry, new { outcome = "DENIED" }));
        Assert.Equal("GHOST", entry.GetProperty("agencyCode").GetString());
        Assert.Equal("FORBIDDEN", entry.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Reads_of_no_household_data_are_not_logged()
    {
        await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("{ regions { code } }");
        await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Empty(await OfficerLog.EntriesAsync(registry));
    }

    [Fact]
    public async Task When_the_log_cannot_be_written_no_data_leaves()
    {
        var households = DemoPlaintext.Of(registry);
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        var answered = new List<GraphQLResponse>();
        for (var round = 0; round < 3; round++)
        {
            if (round == 1)
            {
                await RawDatabase.BreakAccessLogWritesAsync(registry);
            }

            if (round == 2)
            {
                await RawDatabase.RepairAccessLogWritesAsync(registry);
            }

            answered.AddRange(await Task.WhenAll(households.Select(h => agency.PostGraphQLAsync(AnssRead, new { id = h.PublicId }))));
        }

        var withData = answered.Where(r => r.Json.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object).ToList();
        var refused = answered.Except(withData).ToList();
        Assert.Equal(households.Count, refused.Count);
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));
        Assert.All(refused, r => Assert.Equal(["AUDIT_UNAVAILABLE"], r.ErrorCodes));
        Assert.All(refused, r => SensitiveValues.AssertNoneIn(r.Body, [.. households]));
        Assert.Equal(withData.Count, (await OfficerLog.EntriesAsync(registry, new { agency = "ANSS" })).Count);
        Assert.True((await OfficerLog.VerifyAsync(registry)).GetProperty("valid").GetBoolean());
    }

    [Theory]
    [InlineData("UPDATE \"AccessLog\" SET \"Purpose\" = 'AMO_ENROLLMENT' WHERE \"Sequence\" = 4", "altered")]
    [InlineData("UPDATE \"AccessLog\" SET \"Subjects\" = {EMPTY_LIST} WHERE \"Sequence\" = 4", "altered")]
    [InlineData("DELETE FROM \"AccessLog\" WHERE \"Sequence\" = 4", "missing")]
    [InlineData("UPDATE \"AccessLog\" SET \"Sequence\" = -4 WHERE \"Sequence\" = 4; UPDATE \"AccessLog\" SET \"Sequence\" = 4 WHERE \"Sequence\" = 5; UPDATE \"AccessLog\" SET \"Sequence\" = 5 WHERE \"Sequence\" = -4", "does not follow")]
    public async Task Tampering_with_one_row_names_that_entry(string tampering, string problem)
    {
        var households = DemoPlaintext.Of(registry);
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        foreach (var household in households.Take(8))
        {
            await agency.PostGraphQLAsync(AnssRead, new { id = household.PublicId });
        }

        Assert.True((await OfficerLog.VerifyAsync(registry)).GetProperty("valid").GetBoolean());
        await RawDatabase.ExecuteAsync(registry, tampering.Replace("{EMPTY_LIST}", RawDatabase.EmptyList, StringComparison.Ordinal));

        var chain = await OfficerLog.VerifyAsync(registry);

        Assert.False(chain.GetProperty("valid").GetBoolean());
        Assert.Equal(4, chain.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal(3, chain.GetProperty("verifiedEntries").GetInt64());
        Assert.Contains(problem, chain.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cutting_the_log_short_at_its_end_is_detected()
    {
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        foreach (var household in DemoPlaintext.Of(registry).Take(6))
        {
            await agency.PostGraphQLAsync(AnssRead, new { id = household.PublicId });
        }

        await RawDatabase.ExecuteAsync(registry, "DELETE FROM \"AccessLog\" WHERE \"Sequence\" >= 5");

        var chain = await OfficerLog.VerifyAsync(registry);

        Assert.False(chain.GetProperty("valid").GetBoolean());
        Assert.Equal(5, chain.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Contains("missing", chain.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_rebuilt_without_the_key_does_not_verify()
    {
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        foreach (var household in DemoPlaintext.Of(registry).Take(3))
        {
            await agency.PostGraphQLAsync(AnssRead, new { id = household.PublicId });
        }

        // An intruder edits entry 2 and recomputes every hash with plain SHA-256, as an unkeyed chain would allow.
        await RawDatabase.ExecuteAsync(registry, "UPDATE \"AccessLog\" SET \"Purpose\" = 'ASD_PAYMENT' WHERE \"Sequence\" = 2");
        await using (var db = await registry.Service<Microsoft.EntityFrameworkCore.IDbContextFactory<GraphRegistry.Api.Data.RegistryDbContext>>().CreateDbContextAsync())
        {
            var previous = new string('0', 64);
            foreach (var entry in db.AccessLog.OrderBy(e => e.Sequence).ToList())
            {
                entry.PreviousHash = previous;
                entry.Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(previous + "\n" + GraphRegistry.Api.AccessLog.AccessLogChain.Canonical(entry))));
                previous = entry.Hash;
            }

            await db.SaveChangesAsync();
        }

        var chain = await OfficerLog.VerifyAsync(registry);

        Assert.False(chain.GetProperty("valid").GetBoolean());
        Assert.Equal(1, chain.GetProperty("firstBrokenSequence").GetInt64());
    }

    public static TheoryData<string, string> BadLogQueries => new()
    {
        { "{ accessLog(first: 1000) { totalCount } }", "INVALID_ARGUMENT" },
        { "{ accessLog(first: -1) { totalCount } }", "INVALID_ARGUMENT" },
        { "{ accessLog(after: \"bm9wZQ\") { totalCount } }", "INVALID_ARGUMENT" },
        { "{ accessLog(filter: { from: \"2026-02-01T00:00:00Z\", to: \"2026-01-01T00:00:00Z\" }) { totalCount } }", "INVALID_ARGUMENT" },
        { "{ accessLogStatistics(from: \"2026-02-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\") { allowed } }", "INVALID_ARGUMENT" },
    };

    [Theory]
    [MemberData(nameof(BadLogQueries))]
    public async Task Unusable_log_queries_are_refused(string query, string code)
    {
        var response = await registry.CreateClient(TestPrincipals.Officer).PostGraphQLAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Officers_count_reads_and_refusals_per_agency_and_purpose()
    {
        var household = DemoPlaintext.Of(registry)[0];
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        await agency.PostGraphQLAsync(AnssRead, new { id = household.PublicId });
        await agency.PostGraphQLAsync(AnssRead, new { id = household.PublicId });
        await agency.PostGraphQLAsync("query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { address } }", new { id = household.PublicId });

        var response = await registry.CreateClient(TestPrincipals.Officer).PostGraphQLAsync(
            "query($from: DateTime!, $to: DateTime!) { accessLogStatistics(from: $from, to: $to) { agencyCode purpose allowed denied } }",
            new { from = DateTime.UtcNow.AddHours(-1), to = DateTime.UtcNow.AddHours(1) });

        var rows = response.Data.GetProperty("accessLogStatistics").EnumerateArray().Select(r => (r.GetProperty("agencyCode").GetString(), r.GetProperty("purpose").GetString(), r.GetProperty("allowed").GetInt32(), r.GetProperty("denied").GetInt32())).ToList();
        Assert.Contains(("ANSS", "ASD_ELIGIBILITY", 2, 0), rows);
        Assert.Contains(("ANSS", (string?)null, 0, 1), rows);
    }

    [Theory]
    [InlineData("AGENCY")]
    [InlineData("OPERATOR")]
    [InlineData("ADMIN")]
    public async Task Only_privacy_officers_read_the_log(string role)
    {
        var principal = role switch { "OPERATOR" => TestPrincipals.Operator, "ADMIN" => TestPrincipals.Admin, _ => TestPrincipals.Agency("ANSS") };

        var response = await registry.CreateClient(principal).PostGraphQLAsync("{ verifyAccessLog { valid } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }

    [Fact]
    public async Task The_schema_has_no_mutation_that_edits_or_deletes_entries()
    {
        var response = await registry.CreateClient(TestPrincipals.Admin).PostGraphQLAsync("{ __schema { mutationType { fields { name } } } }");

        var mutations = response.Data.GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.DoesNotContain(mutations, name => name.Contains("log", StringComparison.OrdinalIgnoreCase) || name.Contains("delete", StringComparison.OrdinalIgnoreCase));
        var sdl = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Schema, "registry.graphql"));
        var mutationType = sdl[sdl.IndexOf("type Mutation {", StringComparison.Ordinal)..];
        Assert.DoesNotContain("AccessLog", mutationType[..mutationType.IndexOf('}', StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    public void Dispose() => registry.Dispose();
}
