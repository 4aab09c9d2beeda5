using System.Net;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Http;

/// <summary>
/// A repeated document is parsed once, and skips the specification's rules once it has passed
/// them, but never the rules that depend on who asks, nor the checks of each request's variables.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class ParsedDocumentCacheTests(SharedRegistry registry)
{
    [Fact]
    public async Task A_repeated_query_is_parsed_once()
    {
        var client = registry.CreateClient(TestPrincipals.Operator);
        var cache = registry.Service<ParsedDocumentCache>();
        var query = $"query Cached{Guid.NewGuid():N} {{ regions {{ code }} }}";

        var parsesBefore = cache.Parses;
        var hitsBefore = cache.Hits;
        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostGraphQLAsync(query);
            Assert.Empty(response.ErrorCodes);
        }

        Assert.Equal(1, cache.Parses - parsesBefore);
        Assert.True(cache.Hits - hitsBefore >= 2);
    }

    // Each test uses its own text (a distinct alias): the cache is shared by the collection.
    [Fact]
    public async Task A_document_one_caller_may_run_is_still_refused_to_a_caller_without_the_grant()
    {
        var own = DemoPlaintext.Of(registry)[0];
        const string Query = "query($id: ID!, $purpose: String!) { household(id: $id, purpose: $purpose) { cachedGrantCheck: provinceCode } }";

        var granted = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(Query, new { id = own.PublicId, purpose = "ASD_ELIGIBILITY" });
        var ungranted = await registry.CreateClient(TestPrincipals.Agency("CNSS")).PostGraphQLAsync(Query, new { id = own.PublicId, purpose = "AMO_ELIGIBILITY" });

        Assert.Equal(HttpStatusCode.OK, granted.Status);
        Assert.Empty(granted.ErrorCodes);
        Assert.Equal(HttpStatusCode.Forbidden, ungranted.Status);
        Assert.Equal(["FORBIDDEN_FIELD"], ungranted.ErrorCodes.Distinct());
        Assert.False(ungranted.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Variables_are_checked_on_every_request_of_a_validated_document()
    {
        var own = DemoPlaintext.Of(registry)[0];
        const string Query = "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { cachedVariableCheck: id } }";
        var client = registry.CreateClient(TestPrincipals.Agency("ANSS"));

        var valid = await client.PostGraphQLAsync(Query, new { id = own.PublicId });
        var missing = await client.PostGraphQLAsync(Query, new { });
        var again = await client.PostGraphQLAsync(Query, new { id = own.PublicId });

        Assert.Empty(valid.ErrorCodes);
        Assert.NotEmpty(missing.ErrorCodes);
        Assert.False(missing.Json.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Empty(again.ErrorCodes);
        Assert.Equal(own.PublicId, again.Data.GetProperty("household").GetProperty("cachedVariableCheck").GetString());
    }

    [Fact]
    public async Task A_document_that_failed_the_specification_fails_every_time()
    {
        const string Query = "{ __typename cachedInvalid: notAField }";
        var client = registry.CreateClient(TestPrincipals.Agency("ANSS"));

        var first = await client.PostGraphQLAsync(Query);
        var second = await client.PostGraphQLAsync(Query);

        Assert.NotEmpty(first.ErrorCodes);
        Assert.Equal(first.ErrorCodes, second.ErrorCodes);
        Assert.False(second.Json.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null);
    }
}
