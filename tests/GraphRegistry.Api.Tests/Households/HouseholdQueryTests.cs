using GraphRegistry.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace GraphRegistry.Api.Tests.Households;

[Collection(RegistryCollection.Name)]
public sealed class HouseholdQueryTests(SharedRegistry registry)
{
    private readonly HttpClient client = registry.CreateClient(TestPrincipals.Operator);

    [Fact]
    public async Task A_household_comes_with_its_members_and_declaration()
    {
        var household = DemoPlaintext.Of(registry)[0];

        // Only non-personal fields go into the committed snapshot; personal ones are compared below.
        var response = await client.PostGraphQLAsync("""
            query($id: ID!) {
              household(id: $id) {
                id region { code nameLatin nameArabic } provinceCode milieu status size registeredAt
                members { relationship startDate person { sex } }
                latestDeclaration { version dwellingType rooms tenure waterSource hasElectricity sanitation cookingFuel durableGoods
                  annualWaterElectricitySpending annualButaneSpending annualPhoneSpending source
                  memberSituations { educationLevel enrolledInSchool employmentStatus hasHealthCoverage } }
              }
            }
            """, new { id = household.PublicId });

        Snapshot.Match(response.Indented());
        var names = await client.PostGraphQLAsync(
            "query($id: ID!) { household(id: $id) { address phone members { person { id firstNameLatin lastNameArabic nationalId } } } }",
            new { id = household.PublicId });
        var found = names.Data.GetProperty("household");
        Assert.Equal(household.Address, found.GetProperty("address").GetString());
        Assert.Equal(household.Phone, found.GetProperty("phone").GetString());
        var members = found.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("person")).ToList();
        Assert.Equal(household.Members.Count, members.Count);
        foreach (var member in household.Members)
        {
            var person = members.Single(p => p.GetProperty("id").GetString() == member.PublicId);
            Assert.Equal(member.FirstName.Latin, person.GetProperty("firstNameLatin").GetString());
            Assert.Equal(member.LastName.Arabic, person.GetProperty("lastNameArabic").GetString());
            Assert.Equal(member.NationalId, person.GetProperty("nationalId").GetString());
        }
    }

    [Theory]
    [InlineData("hh_0000000000000000")]
    [InlineData("p_whatever")]
    public async Task An_unknown_household_is_not_found(string id)
    {
        var response = await client.PostGraphQLAsync("query($id: ID!) { household(id: $id) { id } }", new { id });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.DoesNotContain(id, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_walk_every_household_once_in_order()
    {
        var seen = new List<string>();
        string? after = null;
        do
        {
            var response = await client.PostGraphQLAsync(
                "query($after: String) { households(first: 25, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                new { after });
            var connection = response.Data.GetProperty("households");
            Assert.Equal(SharedRegistry.Households, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(DemoPlaintext.Of(registry).Select(h => h.PublicId).Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Filters_narrow_by_region_and_milieu()
    {
        var expected = DemoPlaintext.Of(registry).Where(h => h.RegionCode == "06" && h.Milieu == Api.Households.Milieu.Urban).ToList();

        var response = await client.PostGraphQLAsync("""{ households(first: 100, filter: { region: "06", milieu: URBAN }) { totalCount edges { node { id region { code } milieu } } } }""");

        var connection = response.Data.GetProperty("households");
        Assert.True(expected.Count > 0);
        Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Select(h => h.PublicId).Order(StringComparer.Ordinal), connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("""{ households(first: 101) { totalCount } }""")]
    [InlineData("""{ households(first: -1) { totalCount } }""")]
    [InlineData("""{ households(after: "bm90LWEtY3Vyc29y") { totalCount } }""")]
    [InlineData("""{ households(after: "%%%") { totalCount } }""")]
    [InlineData("""{ households(filter: { region: "13" }) { totalCount } }""")]
    public async Task Unusable_paging_arguments_are_invalid(string query)
    {
        var response = await client.PostGraphQLAsync(query);

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("households").ValueKind);
    }
}
