using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// The worked example of docs/agencies.md, a Node.js script on graphql-request, run against a
/// registry on a real loopback port with a real ANSS token: it must find the person, give the
/// same decisions the API gives, and turn a refusal into its code and advice.
/// </summary>
public sealed class AgencyClientExampleTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "docs", "examples", "agency-client");

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 6, ownsDirectory: true, "Development");

    [SkippableFact]
    public async Task The_example_client_checks_eligibility_as_the_registry_decides_it()
    {
        // Node.js is on the CI machine; a developer machine without it skips, CI must not.
        Skip.If(!NodeScript.Available && Environment.GetEnvironmentVariable("CI") != "true", "Node.js is not installed here.");
        var address = registry.StartOnLoopbackPort();
        var household = DemoPlaintext.Of(registry)[0];
        var head = household.Members.First(m => m.NationalId is not null);
        var expected = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "query($id: ID!) { eligibilityCheck(household: $id, purpose: \"ASD_ELIGIBILITY\") { program eligible } }", new { id = household.PublicId });
        Assert.Empty(expected.ErrorCodes);

        var (exitCode, output) = await RunAsync(address, head.NationalId!);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"person {head.PublicId}", output, StringComparison.Ordinal);
        Assert.Contains($"household {household.PublicId} of {household.Members.Count}", output, StringComparison.Ordinal);
        foreach (var decision in expected.Data.GetProperty("eligibilityCheck").EnumerateArray())
        {
            var verdict = decision.GetProperty("eligible").GetBoolean() ? "eligible" : "not eligible";
            Assert.Contains($"{decision.GetProperty("program").GetString()}: {verdict} (", output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(head.NationalId!, output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_example_client_explains_a_refusal_by_its_code()
    {
        Skip.If(!NodeScript.Available && Environment.GetEnvironmentVariable("CI") != "true", "Node.js is not installed here.");
        var address = registry.StartOnLoopbackPort();
        var head = DemoPlaintext.Of(registry)[0].Members.First(m => m.NationalId is not null);

        var (exitCode, output) = await RunAsync(address, head.NationalId!, "AMO_ELIGIBILITY");

        Assert.Equal(1, exitCode);
        Assert.Contains("refused: PURPOSE_NOT_ALLOWED: use a purpose of the agency's agreement", output, StringComparison.Ordinal);
    }

    public void Dispose() => registry.Dispose();

    private Task<(int ExitCode, string Output)> RunAsync(string address, params string[] arguments) =>
        NodeScript.RunAsync(Folder, "check-eligibility.mjs", new Dictionary<string, string>
        {
            ["REGISTRY_URL"] = $"{address.TrimEnd('/')}/graphql",
            ["REGISTRY_TOKEN"] = registry.Token(TestPrincipals.Agency("ANSS")),
        }, arguments);
}
