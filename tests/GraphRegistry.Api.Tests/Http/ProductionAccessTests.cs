using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Http;

/// <summary>Until identity is configured, the registry answers anonymous callers only in Development.</summary>
public sealed class ProductionAccessTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 0, ownsDirectory: true, "Production");

    [Fact]
    public async Task Anonymous_requests_outside_development_are_unauthenticated()
    {
        var response = await registry.CreateClient().PostGraphQLAsync("{ households { totalCount } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    public void Dispose() => registry.Dispose();
}
