using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Limits;

/// <summary>Each limit refuses the request before anything resolves, with a code that names it; just under it passes.</summary>
[Collection(RegistryCollection.Name)]
public sealed class QueryLimitTests(SharedRegistry registry)
{
    private const string GraphQLJson = "application/graphql-response+json";

    private readonly HttpClient client = registry.CreateClient(TestPrincipals.Operator);

    public static TheoryData<string, string?> Cases => new()
    {
        // Default limits: depth 15, 30 aliases, 10 root fields, complexity 20,000.
        { Nested(15), "QUERY_TOO_DEEP" },
        { "{ regions { " + string.Join(' ', Enumerable.Range(0, 30).Select(i => $"a{i}: code")) + " } }", null },
        { "{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: __typename")) + " }", "TOO_MANY_ALIASES" },
        { "{ " + string.Join(' ', Enumerable.Repeat("regions { code }", 10)) + " }", null },
        { "{ ...A ...B } fragment A on Query { regions { code } households(first: 1) { totalCount } __typename } fragment B on Query { " + string.Join(' ', Enumerable.Repeat("regions { code }", 8)) + " }", "TOO_MANY_ROOT_FIELDS" },
        { Wide(first: 5), null },
        { Wide(first: 100), "QUERY_TOO_COMPLEX" },
        { "{ " + string.Join(' ', Enumerable.Range(0, 51).Select(i => $"...F{i}")) + " } " + string.Join(' ', Enumerable.Range(0, 51).Select(i => $"fragment F{i} on Query {{ __typename }}")), "TOO_MANY_FRAGMENTS" },

        // 500 selections: the region list and 499 of its code; one more is over.
        { "{ regions { " + string.Join(' ', Enumerable.Repeat("code", 499)) + " } }", null },
        { "{ regions { " + string.Join(' ', Enumerable.Repeat("code", 500)) + " } }", "TOO_MANY_SELECTIONS" },
    };

    // Before, a 'first' far over the page size was refused as a complexity of 2,000,003: the bound
    // the caller broke is the page size, and the refusal now names it.
    [Fact]
    public async Task A_first_over_the_page_size_is_refused_naming_the_page_size()
    {
        var response = await client.PostGraphQLAsync("{ households(first: 1000000) { totalCount edges { node { id } } } }");

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Equal("'first' must be between 0 and 100.", response.Json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_request_over_a_limit_is_refused_before_execution(string query, string? code)
    {
        var response = await client.PostRawAsync(System.Text.Json.JsonSerializer.Serialize(new { query }), "application/json", GraphQLJson);

        if (code is null)
        {
            Assert.True(response.ErrorCodes.Count == 0, response.Body);
            Assert.Equal(HttpStatusCode.OK, response.Status);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Contains(code, response.ErrorCodes);
            Assert.False(response.Json.TryGetProperty("data", out _));
        }
    }

    [Fact]
    public async Task Depth_is_counted_through_every_nested_selection()
    {
        // Deep chains of lists are also complex; only the depth verdict is asserted here.
        var within = await client.PostGraphQLAsync(Nested(14));
        var over = await client.PostGraphQLAsync(Nested(15));

        Assert.DoesNotContain("QUERY_TOO_DEEP", within.ErrorCodes);
        Assert.Equal(["QUERY_TOO_DEEP"], over.ErrorCodes);
    }

    [Fact]
    public async Task A_document_longer_than_the_limit_is_refused_unparsed()
    {
        var query = "{ regions { code } }" + new string(' ', 17 * 1024);

        var response = await client.PostGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_agency_override_tightens_the_complexity_limit_for_that_agency_only()
    {
        // MENPS's agreement caps complexity at 5,000 (schema/agency-policies.json); the default is 20,000.
        const string Query = "{ households(first: 100, purpose: \"TAYSSIR_ELIGIBILITY\") { edges { node { id size members { relationship person { id sex nationalId firstNameLatin lastNameLatin birthDate } } latestDeclaration { memberSituations { person { id } } } } } } }";

        var agency = await registry.CreateClient(TestPrincipals.Agency("MENPS")).PostGraphQLAsync(Query);
        var operatorResponse = await client.PostGraphQLAsync(Query.Replace(", purpose: \"TAYSSIR_ELIGIBILITY\"", string.Empty, StringComparison.Ordinal));

        Assert.Equal(["QUERY_TOO_COMPLEX"], agency.ErrorCodes);
        Assert.DoesNotContain("QUERY_TOO_COMPLEX", operatorResponse.ErrorCodes);
    }

    // households, edges, node, then Household.members and Membership.household alternately.
    private static string Nested(int depth)
    {
        var levels = depth - 3;
        var inner = levels % 2 == 0 ? "id" : "relationship";
        for (var level = levels; level > 0; level--)
        {
            inner = level % 2 == 1 ? $"members {{ {inner} }}" : $"household {{ {inner} }}";
        }

        return $"{{ households(first: 1) {{ edges {{ node {{ {inner} }} }} }} }}";
    }

    // Three levels of members under each household: about 217 per household, so the page size decides.
    private static string Wide(int first) =>
        $"{{ households(first: {first}) {{ edges {{ node {{ id members {{ person {{ household {{ members {{ person {{ household {{ members {{ relationship }} }} }} }} }} }} }} }} }} }} }}";
}
