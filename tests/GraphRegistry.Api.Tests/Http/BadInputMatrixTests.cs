using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Http;

/// <summary>
/// Careless and hostile requests, one row each, through HTTP: each gets its status and code, the
/// registry answers the next request, and the memory the row used is given back.
/// </summary>
[Collection(BadInputCollection.Name)]
public sealed class BadInputMatrixTests(BadInputRegistry registry)
{
    private const string GraphQLJson = "application/graphql-response+json";

    // Generous: a leak of the 10 MB body on every row would still cross it within the matrix.
    private const long MemoryBound = 32 * 1024 * 1024;

    private static readonly Dictionary<string, BadInput> Rows = new BadInput[]
    {
        new("malformed JSON", Body("""{"query": "{ regions { code } }" """), HttpStatusCode.BadRequest, "INVALID_JSON"),
        new("wrong type for query", Body("""{"query": 42}"""), HttpStatusCode.BadRequest, "INVALID_REQUEST"),
        new("wrong type for a variable", Query("query($first: Int) { households(first: $first) { totalCount } }", new { first = "many" }), HttpStatusCode.BadRequest, "VALIDATION"),
        new("1 MB body", Padded(1024 * 1024), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE"),
        new("10 MB body", Padded(10 * 1024 * 1024), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE"),
        new("depth 50", Query(Deep(50)), HttpStatusCode.BadRequest, "QUERY_TOO_DEEP"),
        new("5,000 aliases", Query("{ regions { " + string.Concat(Enumerable.Repeat("a:code ", 5000)) + "} }"), HttpStatusCode.BadRequest, "TOO_MANY_ALIASES"),
        // 16 kB of one field repeated: the overlapping-fields rule compared them pairwise for seconds.
        new("3,250 repeated selections", Query("{ regions { " + string.Concat(Enumerable.Repeat("code ", 3250)) + "} }"), HttpStatusCode.BadRequest, "TOO_MANY_SELECTIONS"),
        new("1,000 fragments spreading each other", Query("{ ...F0 } " + string.Concat(Enumerable.Range(0, 1000).Select(i => i < 999 ? $"fragment F{i} on Query {{ ...F{i + 1} }} " : $"fragment F{i} on Query {{ __typename }}"))), HttpStatusCode.BadRequest, "TOO_MANY_FRAGMENTS"),
        new("fragment cycle", Query("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"), HttpStatusCode.BadRequest, "VALIDATION"),
        new("variable defaulting to itself", Query("query($a: Int = $a) { households(first: $a) { totalCount } }"), HttpStatusCode.BadRequest, "PARSE_ERROR"),
        new("variables nested 1,000 deep", Body("""{"query":"{ regions { code } }","variables":""" + string.Concat(Enumerable.Repeat("""{"a":""", 1000)) + "1" + new string('}', 1001)), HttpStatusCode.BadRequest, "INVALID_JSON"),
        new("huge list in variables", Query("query($ids: [Int!]) { households(first: 1) { totalCount } }", new { ids = Enumerable.Range(0, 12_000).ToArray() }), HttpStatusCode.BadRequest, "VALIDATION"),
        new("unknown directive", Query("{ regions @exfiltrate { code } }"), HttpStatusCode.BadRequest, "VALIDATION"),
        new("introspection nested deep", Query("{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } } } } } } } }"), HttpStatusCode.BadRequest, "QUERY_TOO_DEEP"),
        new("100 aliased __schema", Query("{ " + string.Concat(Enumerable.Range(0, 100).Select(i => $"s{i}: __schema {{ queryType {{ name }} }} ")) + "}"), HttpStatusCode.BadRequest, "TOO_MANY_ALIASES"),
        new("introspection flood", Query("{ " + string.Concat(Enumerable.Range(0, 10).Select(i => $"s{i}: __schema {{ types {{ fields {{ args {{ name }} }} }} }} ")) + "}"), HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"),
        new("expired token", Query("{ regions { code } }") with { Token = Expired }, HttpStatusCode.Unauthorized, "UNAUTHENTICATED"),
        new("forged token", Query("{ regions { code } }") with { Token = Forged }, HttpStatusCode.Unauthorized, "UNAUTHENTICATED"),
        new("mutation over GET", new BadRequest(HttpMethod.Get, "?query=" + Uri.EscapeDataString("mutation { __typename }"), null), HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"),
        new("persisted-only agency sending raw text", Query("{ household(id: \"hh_0\", purpose: \"TAYSSIR_ELIGIBILITY\") { id } }") with { Token = app => app.Token(TestPrincipals.Agency("MENPS")) }, HttpStatusCode.Forbidden, "PERSISTED_ONLY") { Setup = MakeMenpsPersistedOnlyAsync },
    }.ToDictionary(row => row.Name);

    public static TheoryData<string> Names => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_bad_request_is_refused_and_leaves_the_registry_as_it_was(string name)
    {
        var row = Rows[name];
        if (row.Setup is not null)
        {
            await row.Setup(registry);
        }

        var client = registry.CreateClient();
        await AssertStillServingAsync(client);
        var baseline = SettledMemory();

        using var request = Build(row.Request, row.Request.Token?.Invoke(registry) ?? registry.Token(TestPrincipals.Operator));
        var response = await GraphQLHttpClientExtensions.SendAsync(client, request);

        Assert.Equal(row.Status, response.Status);
        Assert.True(response.ErrorCodes.Contains(row.Code), response.Body.Length > 2000 ? response.Body[..2000] : response.Body);
        Assert.False(response.Json.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "A refused request returns no data.");
        await AssertStillServingAsync(client);
        var growth = SettledMemory() - baseline;
        Assert.True(growth < MemoryBound, $"Memory grew by {growth / 1024 / 1024} MiB.");
    }

    private static long SettledMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private async Task AssertStillServingAsync(HttpClient client)
    {
        using var request = Build(Query("{ regions { code } }"), registry.Token(TestPrincipals.Operator));
        var response = await GraphQLHttpClientExtensions.SendAsync(client, request);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(12, response.Data.GetProperty("regions").GetArrayLength());
    }

    private static HttpRequestMessage Build(BadRequest request, string token)
    {
        var message = new HttpRequestMessage(request.Method, "/graphql" + request.PathAndQuery);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        message.Headers.TryAddWithoutValidation("Accept", GraphQLJson);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
        }

        return message;
    }

    private static BadRequest Body(string body) => new(HttpMethod.Post, string.Empty, body);

    private static BadRequest Query(string query, object? variables = null) => Body(JsonSerializer.Serialize(new { query, variables }));

    private static BadRequest Padded(int bytes) => Query("{ regions { code } }", new { pad = new string('x', bytes) });

    private static string Deep(int depth)
    {
        var inner = "id";
        for (var level = depth - 3; level > 0; level--)
        {
            inner = level % 2 == 1 ? $"members {{ household {{ {inner} }} }}" : inner;
        }

        return $"{{ households(first: 1) {{ edges {{ node {{ {inner} }} }} }} }}";
    }

    private static async Task MakeMenpsPersistedOnlyAsync(RegistryApplication app)
    {
        var response = await app.CreateClient(TestPrincipals.Admin).PostGraphQLAsync("mutation { setPersistedOnly(agency: \"MENPS\", persistedOnly: true) { code } }");
        Assert.Empty(response.ErrorCodes);
    }

    private static string Expired(RegistryApplication app) =>
        TokenForge.Make(app, TokenForge.Claims("OPERATOR"), expires: DateTime.UtcNow.AddMinutes(-10));

    private static string Forged(RegistryApplication app) =>
        TokenForge.Make(app, TokenForge.Claims("OPERATOR"), key: TokenForge.ForeignKey());

    private sealed record BadRequest(HttpMethod Method, string PathAndQuery, string? Body, Func<RegistryApplication, string>? Token = null);

    private sealed record BadInput(string Name, BadRequest Request, HttpStatusCode Status, string Code)
    {
        public Func<RegistryApplication, Task>? Setup { get; init; }
    }
}
