using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Identity;

/// <summary>Only a valid registry token opens the API; every other credential gets 401 (or 403 for an unknown agency) and no data.</summary>
[Collection(RegistryCollection.Name)]
public sealed class BearerTokenTests(SharedRegistry registry)
{
    private const string Query = "{ household(id: \"hh_0\") { id } }";

    public static TheoryData<string, string?, HttpStatusCode, string> Credentials => new()
    {
        { "no Authorization header", null, HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "empty bearer", "Bearer ", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "basic scheme", "Basic dXNlcjpwYXNz", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "not a JWT", "Bearer not.a.jwt", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "garbage", "Bearer \u00e9\u00e9\u00e9", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "expired", "expired", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "signed with another key", "forged", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "wrong audience", "audience", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "wrong issuer", "issuer", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "agency without agency claim", "no-agency-claim", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "citizen without person claim", "no-person-claim", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "unknown principal kind", "unknown-kind", HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "agency that does not exist", "unknown-agency", HttpStatusCode.Forbidden, "FORBIDDEN" },
    };

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task Refuses_credentials_that_are_not_a_valid_registry_token(string name, string? credential, HttpStatusCode status, string code)
    {
        var client = registry.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = Query }), System.Text.Encoding.UTF8, "application/json"),
        };
        if (Header(credential) is { } header)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        var response = await GraphQLHttpClientExtensions.SendAsync(client, request);

        Assert.True(status == response.Status, name);
        Assert.Equal([code], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _));
        var next = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("{ regions { code } }");
        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    private string? Header(string? credential) => credential switch
    {
        null => null,
        "expired" => Bearer(TokenForge.Make(registry, TokenForge.Claims("OPERATOR"), expires: DateTime.UtcNow.AddMinutes(-5))),
        "forged" => Bearer(TokenForge.Make(registry, TokenForge.Claims("OPERATOR"), key: TokenForge.ForeignKey())),
        "audience" => Bearer(TokenForge.Make(registry, TokenForge.Claims("OPERATOR"), audience: "someone-else")),
        "issuer" => Bearer(TokenForge.Make(registry, TokenForge.Claims("OPERATOR"), issuer: "https://evil.example/")),
        "no-agency-claim" => Bearer(TokenForge.Make(registry, TokenForge.Claims("AGENCY"))),
        "no-person-claim" => Bearer(TokenForge.Make(registry, TokenForge.Claims("CITIZEN"))),
        "unknown-kind" => Bearer(TokenForge.Make(registry, TokenForge.Claims("SUPERUSER"))),
        "unknown-agency" => Bearer(TokenForge.Make(registry, TokenForge.Claims("AGENCY", agency: "NOPE"))),
        _ => credential,
    };

    private static string Bearer(string token) => "Bearer " + token;
}
