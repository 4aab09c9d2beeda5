using System.Net;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Operations;

/// <summary>Liveness says the process answers; readiness says reads can be served and logged.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Ready_turns_unavailable_when_the_access_log_writer_stops()
    {
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 1, ownsDirectory: true, "Development");
        var client = registry.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        await registry.Service<AccessLogWriter>().DisposeAsync();
        using var stopped = await client.GetAsync("/health/ready");
        using var stillLive = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillLive.StatusCode);
    }

    [Fact]
    public async Task Ready_turns_unavailable_when_the_database_is_gone()
    {
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 1, ownsDirectory: true, "Development");
        var client = registry.CreateClient();
        using var ready = await client.GetAsync("/health/ready");

        TestDatabase.Destroy(registry);
        using var gone = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
    }
}
