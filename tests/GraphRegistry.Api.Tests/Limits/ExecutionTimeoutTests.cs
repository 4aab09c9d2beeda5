using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Limits;

/// <summary>An execution past its time limit is cancelled and answered with TIMEOUT, never with partial data.</summary>
public sealed class ExecutionTimeoutTests
{
    [Fact]
    public async Task An_execution_past_its_time_limit_is_cancelled_with_timeout()
    {
        // A zero limit cancels every execution at once: the test needs no slow query and no clock.
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 1, ownsDirectory: true, "Development", new Dictionary<string, string> { ["Limits:ExecutionTimeout"] = "00:00:00" });
        var client = registry.CreateClient(TestPrincipals.Operator);

        var response = await client.PostGraphQLAsync("{ households(first: 1) { edges { node { id members { person { firstNameLatin } } } } } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.True(!response.Json.TryGetProperty("data", out var data) || data.ValueKind == System.Text.Json.JsonValueKind.Null, response.Body);
    }
}
