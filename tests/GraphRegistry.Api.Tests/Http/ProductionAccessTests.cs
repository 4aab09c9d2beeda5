using System.Net;
using System.Security.Cryptography;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Http;

/// <summary>Outside Development: no anonymous access, no development tokens, no generated keys.</summary>
public sealed class ProductionAccessTests : IDisposable
{
    private static readonly Dictionary<string, string> ProductionIdentity = new(KeyRingCertificate.TestSettings)
    {
        ["Authentication:Jwt:Issuer"] = "https://id.registry.example/",
        ["Authentication:Jwt:Audience"] = "graphregistry",
        ["Authentication:Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Registry:Keys:AllowKeyGeneration"] = "true",
    };

    private readonly string dataDirectory = RegistryApplication.CreateDataDirectory();

    [Fact]
    public async Task Anonymous_requests_are_unauthenticated()
    {
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 0, ownsDirectory: false, "Production", ProductionIdentity);

        var response = await registry.CreateClient().PostGraphQLAsync("{ households { totalCount } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task GraphiQL_is_not_served_outside_development()
    {
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 0, ownsDirectory: false, "Production", ProductionIdentity);
        var client = registry.CreateClient();

        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var pageResponse = await client.SendAsync(page);
        using var asset = await client.GetAsync("/graphql/assets/graphiql.min.js");

        Assert.Equal(HttpStatusCode.Unauthorized, pageResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_the_development_key_is_refused()
    {
        string developmentToken;
        using (var development = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 0, ownsDirectory: true, "Development"))
        {
            developmentToken = development.Token(TestPrincipals.Operator);
        }

        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 0, ownsDirectory: false, "Production", ProductionIdentity);
        var client = registry.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", developmentToken);

        var response = await client.PostGraphQLAsync("{ households { totalCount } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public void Start_up_refuses_the_development_issuer_or_no_key()
    {
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 0, ownsDirectory: false, "Production", new Dictionary<string, string>(KeyRingCertificate.TestSettings) { ["Registry:Keys:AllowKeyGeneration"] = "true" });

        var failure = Assert.ThrowsAny<Exception>(() => registry.CreateClient());

        Assert.Contains("development issuer", failure.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dataDirectory, "dev-signing.key")));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemporaryDirectory.Delete(dataDirectory);
    }
}
