using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>Rows outside a principal's scope are never read: not listed, not found, not counted.</summary>
[Collection(RegistryCollection.Name)]
public sealed class RowScopeTests(SharedRegistry registry)
{
    private static readonly string[] MenpsRegions = ["07", "08", "09"];

    [Fact]
    public async Task A_regional_agency_lists_only_its_regions()
    {
        // Every household consents, so only the row scope can keep one out.
        foreach (var household in DemoPlaintext.Of(registry))
        {
            await ConsentDesk.RecordAsync(registry, household, "MENPS", "TAYSSIR_ELIGIBILITY");
        }

        var expected = DemoPlaintext.Of(registry).Where(h => MenpsRegions.Contains(h.RegionCode)).Select(h => h.PublicId).Order(StringComparer.Ordinal).ToList();

        var response = await registry.CreateClient(TestPrincipals.Agency("MENPS")).PostGraphQLAsync(
            "{ households(first: 100, purpose: \"TAYSSIR_ELIGIBILITY\") { totalCount edges { node { id region { code } } } } }");

        var connection = response.Data.GetProperty("households");
        Assert.True(expected.Count > 0);
        Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_household_outside_the_scope_is_not_found()
    {
        var outside = DemoPlaintext.Of(registry).First(h => !MenpsRegions.Contains(h.RegionCode));
        var client = registry.CreateClient(TestPrincipals.Agency("MENPS"));

        await ConsentDesk.RecordAsync(registry, outside, "MENPS", "TAYSSIR_ELIGIBILITY");

        var byId = await client.PostGraphQLAsync("query($id: ID!) { household(id: $id, purpose: \"TAYSSIR_ELIGIBILITY\") { id } }", new { id = outside.PublicId });
        var byIdcs = await client.PostGraphQLAsync("query($idcs: String!) { personByIdcs(idcs: $idcs, purpose: \"TAYSSIR_ELIGIBILITY\") { id } }", new { idcs = outside.Members[0].Idcs });

        Assert.Equal(["NOT_FOUND"], byId.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], byIdcs.ErrorCodes);
        SensitiveValues.AssertNoneIn(byId.Body + byIdcs.Body, outside);
    }

    [Fact]
    public async Task A_person_is_found_only_inside_the_scope()
    {
        var inside = DemoPlaintext.Of(registry).First(h => MenpsRegions.Contains(h.RegionCode));
        var outside = DemoPlaintext.Of(registry).First(h => !MenpsRegions.Contains(h.RegionCode));
        var client = registry.CreateClient(TestPrincipals.Agency("MENPS"));
        await ConsentDesk.RecordAsync(registry, inside, "MENPS", "TAYSSIR_ELIGIBILITY");
        await ConsentDesk.RecordAsync(registry, outside, "MENPS", "TAYSSIR_ELIGIBILITY");
        const string ByIdcs = "query($idcs: String!) { personByIdcs(idcs: $idcs, purpose: \"TAYSSIR_ELIGIBILITY\") { id } }";

        var found = await client.PostGraphQLAsync(ByIdcs, new { idcs = inside.Members[0].Idcs });
        var hidden = await client.PostGraphQLAsync(ByIdcs, new { idcs = outside.Members[0].Idcs });

        Assert.Empty(found.ErrorCodes);
        Assert.Equal(inside.Members[0].PublicId, found.Data.GetProperty("personByIdcs").GetProperty("id").GetString());
        Assert.Equal(["NOT_FOUND"], hidden.ErrorCodes);
        SensitiveValues.AssertNoneIn(hidden.Body, outside);
    }

    [Fact]
    public async Task A_citizen_sees_their_own_household_through_me()
    {
        var household = DemoPlaintext.Of(registry)[5];
        var citizen = household.Members[^1];

        var response = await registry.CreateClient(TestPrincipals.Citizen(citizen.PublicId)).PostGraphQLAsync(
            "{ me { id firstNameLatin birthDate household { id address members { person { id } } } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var me = response.Data.GetProperty("me");
        Assert.Equal(citizen.PublicId, me.GetProperty("id").GetString());
        Assert.Equal(citizen.FirstName.Latin, me.GetProperty("firstNameLatin").GetString());
        Assert.Equal(household.PublicId, me.GetProperty("household").GetProperty("id").GetString());
        Assert.Equal(household.Address, me.GetProperty("household").GetProperty("address").GetString());
        Assert.Equal(household.Members.Count, me.GetProperty("household").GetProperty("members").GetArrayLength());
    }

    [Theory]
    [InlineData("OFFICER")]
    [InlineData("ADMIN")]
    public async Task Officers_and_administrators_read_no_household_values(string role)
    {
        var household = DemoPlaintext.Of(registry)[2];
        var principal = role == "ADMIN" ? TestPrincipals.Admin : TestPrincipals.Officer;
        var client = registry.CreateClient(principal);

        var byId = await client.PostGraphQLAsync("query($id: ID!) { household(id: $id) { id milieu size } }", new { id = household.PublicId });
        var byNationalId = await client.PostGraphQLAsync("query($n: String!) { personByNationalId(nationalId: $n) { id } }", new { n = household.Members[0].NationalId });
        var regions = await client.PostGraphQLAsync("{ regions { code } }");

        Assert.Equal(HttpStatusCode.Forbidden, byId.Status);
        Assert.Equal(HttpStatusCode.Forbidden, byNationalId.Status);
        Assert.Equal(HttpStatusCode.OK, regions.Status);
        SensitiveValues.AssertNoneIn(byId.Body + byNationalId.Body, household);
        Assert.DoesNotContain(household.PublicId, byNationalId.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operators_are_not_citizens()
    {
        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("{ me { id } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["FORBIDDEN_FIELD"], response.ErrorCodes);
    }
}
