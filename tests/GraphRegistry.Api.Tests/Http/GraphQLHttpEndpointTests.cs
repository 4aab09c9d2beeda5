using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Http;

/// <summary>The GraphQL-over-HTTP specification, case by case: status, media type and error code.</summary>
[Collection(RegistryCollection.Name)]
public sealed class GraphQLHttpEndpointTests(SharedRegistry registry)
{
    private const string Json = "application/json";
    private const string GraphQLJson = "application/graphql-response+json";
    private const string ValidQuery = """{"query":"{ regions { code } }"}""";

    private readonly HttpClient client = registry.CreateClient(TestPrincipals.Operator);

    public static TheoryData<string, string?, string?, HttpStatusCode, string, string?> PostCases => new()
    {
        // name, body, content type, status, response media type, error code
        { ValidQuery, Json, null, HttpStatusCode.OK, Json, null },
        { ValidQuery, "application/json; charset=utf-8", null, HttpStatusCode.OK, Json, null },
        { ValidQuery, "Application/JSON; charset=UTF-8", null, HttpStatusCode.OK, Json, null },
        { ValidQuery, Json, "*/*", HttpStatusCode.OK, Json, null },
        { ValidQuery, Json, "application/*", HttpStatusCode.OK, Json, null },
        { ValidQuery, Json, GraphQLJson, HttpStatusCode.OK, GraphQLJson, null },
        { ValidQuery, Json, $"{GraphQLJson}, {Json};q=0.9", HttpStatusCode.OK, GraphQLJson, null },
        { ValidQuery, Json, $"{GraphQLJson};q=0.5, {Json}", HttpStatusCode.OK, Json, null },
        { ValidQuery, Json, "text/plain", HttpStatusCode.NotAcceptable, Json, "NOT_ACCEPTABLE" },
        { """{"query":"{ regions { code } }","variables":null,"operationName":null,"extensions":null}""", Json, null, HttpStatusCode.OK, Json, null },
        { ValidQuery, "text/plain", null, HttpStatusCode.UnsupportedMediaType, Json, "UNSUPPORTED_MEDIA_TYPE" },
        { ValidQuery, "application/x-www-form-urlencoded", null, HttpStatusCode.UnsupportedMediaType, Json, "UNSUPPORTED_MEDIA_TYPE" },
        { ValidQuery, "application/json; charset=latin1", null, HttpStatusCode.UnsupportedMediaType, Json, "UNSUPPORTED_MEDIA_TYPE" },
        { ValidQuery, null, null, HttpStatusCode.UnsupportedMediaType, Json, "UNSUPPORTED_MEDIA_TYPE" },
        { """{"query": "{ regions { code } }" """, Json, null, HttpStatusCode.BadRequest, Json, "INVALID_JSON" },
        { "not json at all", Json, GraphQLJson, HttpStatusCode.BadRequest, GraphQLJson, "INVALID_JSON" },
        { "", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_JSON" },
        { "[]", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { "\"{ regions { code } }\"", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { "42", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { "{}", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { """{"query":null}""", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { """{"query":42}""", Json, GraphQLJson, HttpStatusCode.BadRequest, GraphQLJson, "INVALID_REQUEST" },
        { """{"query":""}""", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { """{"query":"{ regions { code } }","variables":[]}""", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { """{"query":"{ regions { code } }","variables":"{}"}""", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { """{"query":"{ regions { code } }","operationName":7}""", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { """{"query":"{ regions { code } }","extensions":true}""", Json, null, HttpStatusCode.BadRequest, Json, "INVALID_REQUEST" },
        { """{"query":"{ regions { code "}""", Json, null, HttpStatusCode.OK, Json, "PARSE_ERROR" },
        { """{"query":"{ regions { code "}""", Json, GraphQLJson, HttpStatusCode.BadRequest, GraphQLJson, "PARSE_ERROR" },
        { """{"query":"{ regions { noSuchField } }"}""", Json, null, HttpStatusCode.OK, Json, "VALIDATION" },
        { """{"query":"{ regions { noSuchField } }"}""", Json, GraphQLJson, HttpStatusCode.BadRequest, GraphQLJson, "VALIDATION" },
        { """{"query":"query A { regions { code } }","operationName":"B"}""", Json, GraphQLJson, HttpStatusCode.BadRequest, GraphQLJson, "OPERATION_NOT_FOUND" },
        { """{"query":"query A { regions { code } } query B { regions { code } }"}""", Json, null, HttpStatusCode.OK, Json, "OPERATION_NOT_FOUND" },
        { """{"query":"query A { regions { code } } query B { regions { nameLatin } }","operationName":"B"}""", Json, GraphQLJson, HttpStatusCode.OK, GraphQLJson, null },
        { """{"query":"query($first: Int) { households(first: $first) { totalCount } }","variables":{"first":"many"}}""", Json, GraphQLJson, HttpStatusCode.BadRequest, GraphQLJson, "VALIDATION" },
        { """{"query":"query($id: ID!) { household(id: $id) { id } }","variables":{}}""", Json, GraphQLJson, HttpStatusCode.BadRequest, GraphQLJson, "VALIDATION" },
    };

    [Theory]
    [MemberData(nameof(PostCases))]
    public async Task Post_follows_the_specification(string body, string? contentType, string? accept, HttpStatusCode status, string mediaType, string? code)
    {
        var response = await client.PostRawAsync(body, contentType, accept);

        Assert.Equal(status, response.Status);
        Assert.Equal(mediaType, response.MediaType);
        if (code is null)
        {
            Assert.Empty(response.ErrorCodes);
            Assert.Equal(System.Text.Json.JsonValueKind.Object, JsonValueKindOf(response, "data"));
        }
        else
        {
            Assert.Contains(code, response.ErrorCodes);
        }

        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var padding = new string(' ', 70 * 1024);
        var response = await client.PostRawAsync($$"""{"query":"{ regions { code } }{{padding}}"}""", Json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["PAYLOAD_TOO_LARGE"], response.ErrorCodes);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_refused_without_echoing_its_value()
    {
        var response = await client.PostGraphQLAsync("query($first: Int) { households(first: $first) { totalCount } }", new { first = "AB123456" });

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.DoesNotContain("AB123456", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_literal_of_the_wrong_type_is_refused_without_echoing_it()
    {
        var response = await client.PostGraphQLAsync("{ households(first: \"AB123456\") { totalCount } }");

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.DoesNotContain("AB123456", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syntax_error_does_not_quote_the_document()
    {
        var response = await client.PostGraphQLAsync("{ personByNationalId(nationalId: \"AB123456\" { id } }");

        Assert.Equal(["PARSE_ERROR"], response.ErrorCodes);
        Assert.DoesNotContain("AB123456", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, Json)]
    [InlineData(GraphQLJson, GraphQLJson)]
    public async Task Get_runs_queries(string? accept, string mediaType)
    {
        var response = await client.GetGraphQLAsync("query=" + Uri.EscapeDataString("{ regions { code } }"), accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(mediaType, response.MediaType);
        Assert.Equal(12, response.Data.GetProperty("regions").GetArrayLength());
    }

    [Fact]
    public async Task Get_passes_variables_and_operation_name()
    {
        var query = Uri.EscapeDataString("query A { regions { code } } query B($first: Int) { households(first: $first) { edges { cursor } } }");
        var response = await client.GetGraphQLAsync($"query={query}&operationName=B&variables={Uri.EscapeDataString("""{"first":3}""")}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(3, response.Data.GetProperty("households").GetProperty("edges").GetArrayLength());
    }

    [Theory]
    [InlineData("variables=%5B%5D")]
    [InlineData("variables=%7Bbroken")]
    [InlineData("extensions=42")]
    [InlineData("")]
    public async Task Get_refuses_malformed_parameters(string extra)
    {
        var query = extra.Length == 0 ? "operationName=A" : "query=" + Uri.EscapeDataString("{ regions { code } }") + "&" + extra;
        var response = await client.GetGraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_mutation_over_get_is_405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { anything }"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Contains("METHOD_NOT_ALLOWED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow()
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task Responses_are_never_cached()
    {
        using var response = await client.PostAsync("/graphql", new StringContent(ValidQuery, System.Text.Encoding.UTF8, Json));

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    private static System.Text.Json.JsonValueKind JsonValueKindOf(GraphQLResponse response, string property) =>
        response.Json.TryGetProperty(property, out var value) ? value.ValueKind : System.Text.Json.JsonValueKind.Undefined;

    private async Task AssertStillServingAsync()
    {
        var next = await client.PostRawAsync(ValidQuery, Json);
        Assert.Equal(HttpStatusCode.OK, next.Status);
    }
}
