using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Agencies;

/// <summary>Grants are data: administrators change them, every change is recorded, bad grants change nothing.</summary>
public sealed class PolicyAdministrationTests : IDisposable
{
    private const string Grant = """
        mutation($input: GrantFieldInput!) { grantField(input: $input) { code grants { coordinate access mask grantedBy } } }
        """;

    private const string Changes = "{ policyChanges(agency: \"ANSS\") { coordinate change changedBy changedAt } }";

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 4, ownsDirectory: true, "Development");

    [Fact]
    public async Task A_grant_takes_effect_on_the_next_request_and_is_recorded()
    {
        var admin = registry.CreateClient(TestPrincipals.Admin);
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        var household = DemoPlaintext.Of(registry)[0];
        const string Address = "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { address } }";

        var before = await agency.PostGraphQLAsync(Address, new { id = household.PublicId });
        var granted = await admin.PostGraphQLAsync(Grant, new { input = new { agency = "ANSS", field = "Household.address", access = "MASKED", mask = "REGION_ONLY" } });
        var after = await agency.PostGraphQLAsync(Address, new { id = household.PublicId });
        var revoked = await admin.PostGraphQLAsync("mutation { revokeField(agency: \"ANSS\", field: \"Household.address\") { code } }");
        var afterRevoke = await agency.PostGraphQLAsync(Address, new { id = household.PublicId });
        var changes = await admin.PostGraphQLAsync(Changes);

        Assert.Equal(["FORBIDDEN_FIELD"], before.ErrorCodes);
        Assert.Empty(granted.ErrorCodes);
        Assert.Contains(granted.Data.GetProperty("grantField").GetProperty("grants").EnumerateArray(), g =>
            g.GetProperty("coordinate").GetString() == "Household.address" && g.GetProperty("mask").GetString() == "REGION_ONLY" && g.GetProperty("grantedBy").GetString() == "admin:test");
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.NotEqual(household.Address, after.Data.GetProperty("household").GetProperty("address").GetString());
        Assert.Equal("REGION_ONLY", after.Json.GetProperty("extensions").GetProperty("masked")[0].GetProperty("mask").GetString());
        Assert.Empty(revoked.ErrorCodes);
        Assert.Equal(["FORBIDDEN_FIELD"], afterRevoke.ErrorCodes);
        var recorded = changes.Data.GetProperty("policyChanges").EnumerateArray().Select(c => (c.GetProperty("coordinate").GetString(), c.GetProperty("change").GetString(), c.GetProperty("changedBy").GetString())).ToList();
        Assert.Equal([("Household.address", "REVOKED", "admin:test"), ("Household.address", "MASKED(REGION_ONLY)", "admin:test")], recorded);
    }

    [Fact]
    public async Task A_grant_changed_behind_this_node_s_back_counts_once_the_cache_is_stale()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var node = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 2, ownsDirectory: true, "Development", clock: clock);
        var agency = node.CreateClient(TestPrincipals.Agency("ANSS"));
        var household = DemoPlaintext.Of(node)[0];
        const string Size = "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { size } }";
        Assert.Empty((await agency.PostGraphQLAsync(Size, new { id = household.PublicId })).ErrorCodes);

        // Another node (here: the database directly) revokes the grant; this node has it cached.
        await RawDatabase.ExecuteAsync(node, "DELETE FROM \"FieldGrants\" WHERE \"Coordinate\" = 'Household.size'");
        var cached = await agency.PostGraphQLAsync(Size, new { id = household.PublicId });
        clock.Advance(GraphRegistry.Api.Privacy.AccessViewProvider.Freshness + TimeSpan.FromSeconds(1));
        var refreshed = await agency.PostGraphQLAsync(Size, new { id = household.PublicId });

        Assert.Empty(cached.ErrorCodes);
        Assert.Equal(["FORBIDDEN_FIELD"], refreshed.ErrorCodes);
    }

    public static TheoryData<string, string, string?, string, string> BadGrants => new()
    {
        { "ANSS", "Person.shoeSize", null, "FULL", "INVALID_ARGUMENT" },
        { "ANSS", "Household", null, "FULL", "INVALID_ARGUMENT" },
        { "ANSS", "Query.agencies", null, "FULL", "INVALID_ARGUMENT" },
        { "ANSS", "Household.phone", "YEAR_ONLY", "MASKED", "INVALID_ARGUMENT" },
        { "ANSS", "Household.size", "LAST4", "MASKED", "INVALID_ARGUMENT" },
        { "ANSS", "Person.birthDate", null, "MASKED", "INVALID_ARGUMENT" },
        { "ANSS", "Person.birthDate", "YEAR_ONLY", "FULL", "INVALID_ARGUMENT" },
        { "NOPE", "Person.id", null, "FULL", "NOT_FOUND" },
    };

    [Theory]
    [MemberData(nameof(BadGrants))]
    public async Task A_bad_grant_is_refused_when_saved_and_changes_nothing(string agency, string field, string? mask, string access, string code)
    {
        var admin = registry.CreateClient(TestPrincipals.Admin);
        var before = await admin.PostGraphQLAsync("{ agencies { code grants { coordinate access mask } } }");

        var response = await admin.PostGraphQLAsync(Grant, new { input = new { agency, field, access, mask } });

        Assert.Equal([code], response.ErrorCodes);
        Assert.DoesNotContain("shoeSize\":", response.Body, StringComparison.Ordinal);
        var after = await admin.PostGraphQLAsync("{ agencies { code grants { coordinate access mask } } }");
        Assert.Equal(before.Body, after.Body);
        Assert.Empty((await admin.PostGraphQLAsync(Changes)).Data.GetProperty("policyChanges").EnumerateArray());
    }

    [Theory]
    [InlineData("OPERATOR")]
    [InlineData("OFFICER")]
    [InlineData("AGENCY")]
    public async Task Only_administrators_read_or_change_policies(string role)
    {
        var principal = role switch
        {
            "OPERATOR" => TestPrincipals.Operator,
            "OFFICER" => TestPrincipals.Officer,
            _ => TestPrincipals.Agency("ANSS"),
        };
        var client = registry.CreateClient(principal);

        var read = await client.PostGraphQLAsync("{ agencies { code } }");
        var write = await client.PostGraphQLAsync(Grant, new { input = new { agency = "ANSS", field = "Household.address", access = "FULL" } });

        Assert.Equal(HttpStatusCode.Forbidden, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal(["FORBIDDEN_FIELD"], write.ErrorCodes.Distinct());
        Assert.Contains(write.Json.GetProperty("errors").EnumerateArray(), e => e.GetProperty("extensions").GetProperty("field").GetString() == "Mutation.grantField");
        Assert.Empty((await registry.CreateClient(TestPrincipals.Admin).PostGraphQLAsync(Changes)).Data.GetProperty("policyChanges").EnumerateArray());
    }

    public void Dispose() => registry.Dispose();
}
