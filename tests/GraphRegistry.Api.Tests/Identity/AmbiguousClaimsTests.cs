using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Identity;

/// <summary>
/// A signed token whose security claims are arrays (an identity provider mapping roles to lists)
/// or not strings is no principal: 401, no data, and a denied entry in the access log. Before,
/// <c>["AGENCY", "OPERATOR"]</c> was accepted and the first value decided the caller's privilege.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class AmbiguousClaimsTests(SharedRegistry registry)
{
    private const string Query = "{ households(first: 1) { totalCount } }";

    public static TheoryData<string> Shapes => ["kind array", "kind array, operator first", "agency array", "person array", "kind number", "kind object"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_security_claim_that_is_not_exactly_one_string_gets_401_and_a_denied_entry(string shape)
    {
        var subject = $"attacker-{Guid.NewGuid():N}";
        var claims = shape switch
        {
            "kind array" => Claims(subject, new[] { "AGENCY", "OPERATOR" }, agency: "ANSS"),
            "kind array, operator first" => Claims(subject, new[] { "OPERATOR", "AGENCY" }, agency: "ANSS"),
            "agency array" => Claims(subject, "AGENCY", agency: new[] { "ANSS", "CNSS" }),
            "person array" => Claims(subject, "CITIZEN", person: new[] { "p_one", "p_two" }),
            "kind number" => Claims(subject, 1),
            "kind object" => Claims(subject, new Dictionary<string, object> { ["value"] = "OPERATOR" }),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenForge.Make(registry, claims));
        using var response = await registry.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.Equal("UNAUTHENTICATED", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        var denied = await OfficerLog.EntriesAsync(registry, new { outcome = "DENIED" });
        var entry = Assert.Single(denied, e => e.GetProperty("requestId").GetString() == requestId);
        Assert.Equal("UNAUTHENTICATED", entry.GetProperty("reason").GetString());
        Assert.Equal("UNRECOGNISED", entry.GetProperty("principalKind").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("agencyCode").ValueKind);
    }

    // The token library itself refuses a subject that is not one string: a token that does not
    // validate, like a forged one, so it is not attributable and not logged.
    [Fact]
    public async Task A_subject_array_is_refused_by_token_validation()
    {
        var token = TokenForge.Make(registry, Claims(new[] { "attacker", "operator:test" }, "OPERATOR"));
        var response = await registry.CreateClient().PostGraphQLWithTokenAsync(token, Query, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task The_same_claims_as_single_strings_are_a_principal()
    {
        var response = await registry.CreateClient().PostGraphQLWithTokenAsync(TokenForge.Make(registry, Claims("operator:test", "OPERATOR")), Query, null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.ErrorCodes);
    }

    private static Dictionary<string, object> Claims(object subject, object kind, object? agency = null, object? person = null)
    {
        var claims = new Dictionary<string, object> { [RegistryClaims.Subject] = subject, [RegistryClaims.Kind] = kind };
        if (agency is not null)
        {
            claims[RegistryClaims.Agency] = agency;
        }

        if (person is not null)
        {
            claims[RegistryClaims.Person] = person;
        }

        return claims;
    }
}
