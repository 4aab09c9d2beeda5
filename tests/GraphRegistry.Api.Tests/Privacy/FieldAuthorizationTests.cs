using System.Net;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>
/// One row per way of reaching a field that is not granted. Every row: 403, FORBIDDEN_FIELD naming
/// the field, no data, and nothing from the database in the body.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class FieldAuthorizationTests(SharedRegistry registry)
{
    public static TheoryData<string, string, string, string> Attacks => new()
    {
        // name, principal, query ($id is a household id, $other another household's), forbidden field
        { "plain", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id address } }", "Household.address" },
        { "aliased", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id where: address } }", "Household.address" },
        { "named fragment defined after use", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { ...Contact } } fragment Contact on Household { address }", "Household.address" },
        { "named fragment defined before use", "ANSS", "fragment Contact on Household { address } query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { ...Contact } }", "Household.address" },
        { "fragment spreading a fragment", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { ...Outer } } fragment Outer on Household { id ...Inner } fragment Inner on Household { address }", "Household.address" },
        { "inline fragment", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { ... on Household { address } } }", "Household.address" },
        { "inline fragment on an interface", "CNSS", "query($id: ID!) { node(id: $id, purpose: \"AMO_ELIGIBILITY\") { ... on Node { id } ... on Household { provinceCode } } }", "Household.provinceCode" },
        { "nested path re-entering a granted type", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { members { person { household { members { person { household { address } } } } } } } }", "Household.address" },
        { "skip if false", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id address @skip(if: false) } }", "Household.address" },
        { "include if true", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id address @include(if: true) } }", "Household.address" },
        { "include if false still reads the policy", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id address @include(if: false) } }", "Household.address" },
        { "typename beside it", "ANSS", "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { __typename address } }", "Household.address" },
        { "only as a filter literal", "MENPS", "{ households(purpose: \"TAYSSIR_ELIGIBILITY\", filter: { status: ACTIVE }) { totalCount } }", "Household.status" },
        { "only as a filter variable", "MENPS", "query($f: HouseholdFilterInput) { households(purpose: \"TAYSSIR_ELIGIBILITY\", filter: $f) { totalCount } }", "Household.status" },
        { "a root field not granted", "CNSS", "{ households(purpose: \"AMO_ELIGIBILITY\") { totalCount } }", "Query.households" },
        { "a mutation reserved to administrators", "CNSS", "mutation { revokeField(agency: \"CNSS\", field: \"Person.id\") { code } }", "Mutation.revokeField" },
        { "an officer reading a personal field", "OFFICER", "query($id: ID!) { household(id: $id) { id phone } }", "Household.phone" },
        { "an administrator reading a name", "ADMIN", "query($id: ID!) { household(id: $id) { members { person { firstNameLatin } } } }", "Person.firstNameLatin" },
        { "a citizen asking for another household by id", "CITIZEN", "query($other: ID!) { household(id: $other) { id } }", "Query.household" },
        { "a citizen through node", "CITIZEN", "query($other: ID!) { node(id: $other) { id } }", "Query.node" },
        { "a citizen listing households", "CITIZEN", "{ households { totalCount } }", "Query.households" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task An_ungranted_field_is_refused_however_it_is_reached(string name, string principal, string query, string field)
    {
        var (own, other) = Households();
        var variables = new Dictionary<string, object?>();
        if (query.Contains("$id", StringComparison.Ordinal))
        {
            variables["id"] = own.PublicId;
        }

        if (query.Contains("$other", StringComparison.Ordinal))
        {
            variables["other"] = other.PublicId;
        }

        if (query.Contains("$f", StringComparison.Ordinal))
        {
            variables["f"] = new { status = "ACTIVE" };
        }

        var response = await registry.CreateClient(Principal(principal, own)).PostGraphQLAsync(query, variables);

        Assert.True(response.Status == HttpStatusCode.Forbidden, $"{name}: {response.Status} {response.Body}");
        Assert.Equal(["FORBIDDEN_FIELD"], response.ErrorCodes.Distinct());
        Assert.Contains(response.Json.GetProperty("errors").EnumerateArray(), e => e.GetProperty("extensions").GetProperty("field").GetString() == field);
        Assert.False(response.Json.TryGetProperty("data", out _), name);
        SensitiveValues.AssertNoneIn(response.Body, own, other);
    }

    [Theory]
    [InlineData("{ __type(name: \"Household\") { fields { name } } }")]
    [InlineData("{ __schema { types { name fields { name } } } }")]
    public async Task Introspection_hides_ungranted_fields_and_types(string query)
    {
        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.ErrorCodes);
        Assert.DoesNotContain("\"address\"", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Agency\"", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"AccessLogEntry\"", response.Body, StringComparison.Ordinal);
        Assert.Contains("\"phone\"", response.Body, StringComparison.Ordinal);
    }

    // GraphQL.NET answers __type(name:) for any type name; through the filter a hidden type is as
    // absent as one that does not exist (before, it came back without a field or enum value).
    [Theory]
    [InlineData("{ __type(name: \"PolicyChange\") { fields { name } } }")]
    [InlineData("{ __type(name: \"MaskKind\") { enumValues { name } } }")]
    public async Task Introspecting_a_hidden_type_shows_nothing_of_it(string query)
    {
        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(query);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("__type").ValueKind);
    }

    [Fact]
    public async Task Each_offending_path_gets_its_own_error()
    {
        var (own, _) = Households();

        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { address a2: address members { person { idcs } } } }", new { id = own.PublicId });

        var paths = response.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("path").GetString()).ToList();
        Assert.Equal(["household.address", "household.a2", "household.members.person.idcs"], paths);
    }

    [Fact]
    public async Task Granted_fields_around_a_typename_still_work()
    {
        var (own, _) = Households();

        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { __typename id size } }", new { id = own.PublicId });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Household", response.Data.GetProperty("household").GetProperty("__typename").GetString());
    }

    private (DemoHousehold Own, DemoHousehold Other) Households()
    {
        var households = DemoPlaintext.Of(registry);
        return (households[0], households[1]);
    }

    private static RegistryPrincipal Principal(string name, DemoHousehold own) => name switch
    {
        "OFFICER" => TestPrincipals.Officer,
        "ADMIN" => TestPrincipals.Admin,
        "CITIZEN" => TestPrincipals.Citizen(own.Members[0].PublicId),
        _ => TestPrincipals.Agency(name),
    };
}
