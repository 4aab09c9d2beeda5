using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.TrustedDocuments;

/// <summary>
/// An agency submits an operation, an officer sees exactly which fields it reads and decides, and a
/// persisted-only agency then runs it by hash alone; raw text and unknown hashes are refused and logged.
/// </summary>
public sealed class TrustedDocumentTests : IDisposable
{
    private const string Lookup = "query Lookup($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id size members { relationship } } }";

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 2, ownsDirectory: true, "Development");

    [Fact]
    public async Task An_approved_operation_runs_by_hash_and_raw_text_is_refused()
    {
        var household = DemoPlaintext.Of(registry)[0];
        var anss = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        var officer = registry.CreateClient(TestPrincipals.Officer);
        var admin = registry.CreateClient(TestPrincipals.Admin);

        using var submitted = await anss.PostAsJsonAsync("/graphql/documents", new { query = Lookup, operationName = "Lookup" });
        var submission = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var hash = submission.GetProperty("hash").GetString()!;
        var pending = await officer.PostGraphQLAsync("{ trustedDocuments(status: \"PENDING\") { id agencyCode hash operationName fields status } }");
        var id = pending.Data.GetProperty("trustedDocuments")[0].GetProperty("id").GetString();
        var persistedOnly = await admin.PostGraphQLAsync("mutation { setPersistedOnly(agency: \"ANSS\", persistedOnly: true) { code } }");
        var beforeApproval = await ByHashAsync(anss, hash, household.PublicId);
        var approved = await officer.PostGraphQLAsync("mutation($id: ID!) { approveDocument(id: $id) { status decidedBy } }", new { id });
        var byHash = await ByHashAsync(anss, hash, household.PublicId);
        var rawText = await anss.PostGraphQLAsync(Lookup, new { id = household.PublicId });
        var changes = await admin.PostGraphQLAsync("{ policyChanges(agency: \"ANSS\") { coordinate change changedBy } }");

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal("PENDING", submission.GetProperty("status").GetString());
        var document = pending.Data.GetProperty("trustedDocuments")[0];
        Assert.Equal(hash, document.GetProperty("hash").GetString());
        Assert.Equal("Lookup", document.GetProperty("operationName").GetString());
        Assert.Equal(["Household.id", "Household.members", "Household.size", "Membership.relationship", "Query.household"], document.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.DoesNotContain("query", pending.Body, StringComparison.Ordinal);
        Assert.Empty(persistedOnly.ErrorCodes);
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], beforeApproval.ErrorCodes);
        Assert.Equal("APPROVED", approved.Data.GetProperty("approveDocument").GetProperty("status").GetString());
        Assert.Empty(byHash.ErrorCodes);
        Assert.Equal(household.Members.Count, byHash.Data.GetProperty("household").GetProperty("size").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, rawText.Status);
        Assert.Equal(["PERSISTED_ONLY"], rawText.ErrorCodes);
        var recorded = changes.Data.GetProperty("policyChanges").EnumerateArray().Select(c => c.GetProperty("change").GetString()).ToList();
        Assert.Contains("DOCUMENT_APPROVED", recorded);
        Assert.Contains("ON", recorded);

        var entries = await OfficerLog.EntriesAsync(officer, new { agency = "ANSS" });
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND", null, "PERSISTED_ONLY"], entries.OrderBy(e => e.GetProperty("sequence").GetInt64()).Select(e => e.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_rejected_operation_does_not_run_and_an_ungranted_one_cannot_be_submitted()
    {
        var anss = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        var officer = registry.CreateClient(TestPrincipals.Officer);

        using var ungranted = await anss.PostAsJsonAsync("/graphql/documents", new { query = "{ accessLog(first: 1) { totalCount } }" });
        using var submitted = await anss.PostAsJsonAsync("/graphql/documents", new { query = Lookup });
        var submission = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var hash = submission.GetProperty("hash").GetString()!;
        var id = submission.GetProperty("id").GetInt64();
        var rejected = await officer.PostGraphQLAsync("mutation($id: ID!) { rejectDocument(id: $id, reason: \"Reads members beyond the agreement.\") { status reason } }", new { id });
        var byHash = await ByHashAsync(anss, hash, "hh_0");

        Assert.Equal(HttpStatusCode.BadRequest, ungranted.StatusCode);
        Assert.Contains("FORBIDDEN_FIELD", await ungranted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("REJECTED", rejected.Data.GetProperty("rejectDocument").GetProperty("status").GetString());
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], byHash.ErrorCodes);
    }

    [Theory]
    [InlineData("{ personByNationalId(nationalId: \"AB123456\", purpose: \"ASD_ELIGIBILITY\") { id } }", "nationalId")]
    [InlineData("query($n: String = \"AB123456\") { personByNationalId(nationalId: $n, purpose: \"ASD_ELIGIBILITY\") { id } }", "$n")]
    [InlineData("{ households(first: 1, purpose: \"ASD_ELIGIBILITY\", filter: { region: \"01\" }) { totalCount } }", "filter")]
    public async Task An_operation_with_a_value_written_in_its_text_is_refused_and_nothing_is_stored(string query, string argument)
    {
        var anss = registry.CreateClient(TestPrincipals.Agency("ANSS"));

        using var submitted = await anss.PostAsJsonAsync("/graphql/documents", new { query });
        var body = await submitted.Content.ReadAsStringAsync();
        var stored = await registry.CreateClient(TestPrincipals.Officer).PostGraphQLAsync("{ trustedDocuments { id } }");

        Assert.Equal(HttpStatusCode.BadRequest, submitted.StatusCode);
        Assert.Contains("INVALID_ARGUMENT", body, StringComparison.Ordinal);
        Assert.Contains($"'{argument}'", body, StringComparison.Ordinal);
        Assert.DoesNotContain("AB123456", body, StringComparison.Ordinal);
        Assert.Empty(stored.Data.GetProperty("trustedDocuments").EnumerateArray());
    }

    [Fact]
    public async Task The_officer_links_an_approved_operation_to_its_runs_by_shape()
    {
        var household = DemoPlaintext.Of(registry)[1];
        var anss = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        var officer = registry.CreateClient(TestPrincipals.Officer);
        using var submitted = await anss.PostAsJsonAsync("/graphql/documents", new { query = Lookup, operationName = "Lookup" });
        var submission = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        await officer.PostGraphQLAsync("mutation($id: ID!) { approveDocument(id: $id) { status } }", new { id = submission.GetProperty("id").GetInt64() });

        var run = await ByHashAsync(anss, submission.GetProperty("hash").GetString()!, household.PublicId);
        var shape = (await officer.PostGraphQLAsync("{ trustedDocuments { shape } }")).Data.GetProperty("trustedDocuments")[0].GetProperty("shape").GetString();
        var logged = await officer.PostGraphQLAsync("{ accessLog(first: 1, filter: { agency: \"ANSS\" }) { edges { node { documentHash } } } }");

        Assert.Empty(run.ErrorCodes);
        Assert.StartsWith("shape:", shape, StringComparison.Ordinal);
        Assert.Equal(shape, logged.Data.GetProperty("accessLog").GetProperty("edges")[0].GetProperty("node").GetProperty("documentHash").GetString());
    }

    public void Dispose() => registry.Dispose();

    private static Task<GraphQLResponse> ByHashAsync(HttpClient client, string hash, string householdId) =>
        client.PostRawAsync(JsonSerializer.Serialize(new { variables = new { id = householdId }, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }), "application/json");
}
