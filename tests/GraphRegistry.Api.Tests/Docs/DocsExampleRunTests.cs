using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// The docs' examples run, not only validate: every GraphQL block of README.md and docs/ and
/// every curl line, in reading order, on one fresh registry (whose first household is the
/// tour's), as the principal each names, with the variables it shows. A reader who types them
/// gets answers, not errors.
/// </summary>
public sealed class DocsExampleRunTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), 30, ownsDirectory: true, "Development");

    [Fact]
    public async Task Every_graphql_example_runs_in_reading_order_as_the_principal_it_names()
    {
        var runner = new ExampleRunner(registry);
        var shell = new ShellExampleRunner(registry);
        var problems = new List<string>();
        foreach (var document in DocumentationSet.All)
        {
            foreach (var block in document.Blocks)
            {
                problems.AddRange(block.Language switch
                {
                    "graphql" => await runner.ProblemsAsync(document, block),
                    "sh" => await shell.ProblemsAsync(document, block),
                    _ => [],
                });
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task An_example_that_errors_is_a_failure()
    {
        var readme = DocumentationSet.File("README.md");
        var unknownHousehold = new FencedBlock("graphql", """
            # As ANSS: a household that does not exist.
            { eligibilityCheck(household: "hh_0000000000000000", purpose: "ASD_ELIGIBILITY") { program eligible reasons } }
            """, 1);

        var problems = await new ExampleRunner(registry).ProblemsAsync(readme, unknownHousehold);

        Assert.NotEmpty(problems);
    }

    [Fact]
    public async Task A_shell_snippet_that_uses_a_token_it_never_set_is_a_failure()
    {
        var readme = DocumentationSet.File("README.md");
        var unset = new FencedBlock("sh", "curl -s localhost:5080/graphql -H \"Authorization: Bearer $TOKEN\" -d '{\"query\": \"{ __typename }\"}'", 1);

        var problems = await new ShellExampleRunner(registry).ProblemsAsync(readme, unset);

        Assert.Contains(problems, p => p.Contains("without setting it", StringComparison.Ordinal));
    }

    public void Dispose() => registry.Dispose();
}
