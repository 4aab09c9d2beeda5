using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Http;

/// <summary>GraphiQL renders in a real browser from the registry's own assets, with no CDN.</summary>
public sealed class GraphiQLBrowserTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development");

    [SkippableFact]
    public async Task GraphiQL_renders_in_headless_chromium()
    {
        // Skipped on a developer machine without Chromium; CI installs it, so there it must run.
        Skip.If(HeadlessChromium.Executable is null && Environment.GetEnvironmentVariable("CI") != "true", "Chromium is not installed here; .ci/run installs the Debian package.");
        var address = registry.StartOnLoopbackPort();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var dom = await HeadlessChromium.DumpDomAsync($"{address}/graphql", timeout.Token);

        Assert.Contains("graphiql-container", dom, StringComparison.Ordinal);
        Assert.Contains("FirstHouseholds", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading GraphiQL", dom, StringComparison.Ordinal);
    }

    public void Dispose() => registry.Dispose();
}
