using GraphRegistry.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GraphRegistry.Api.Tests.Households;

/// <summary>Nested lists load in batches: the SQL statement count does not grow with the page.</summary>
public sealed class BatchLoadingTests(ITestOutputHelper output) : IDisposable
{
    private const string HouseholdsWithEverything = """
        query($first: Int) {
          households(first: $first) {
            edges { node {
              id size
              members { relationship person { firstNameLatin household { id members { person { id } } } membership { relationship } } }
              latestDeclaration { version memberSituations { person { id } } }
            } }
          }
        }
        """;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 60, ownsDirectory: true, "Development");

    [Fact]
    public async Task Fifty_households_with_members_cost_the_same_statements_as_five()
    {
        var client = registry.CreateClient(TestPrincipals.Operator);

        // The first request also reads the access log's chain head; count from the second on.
        await CountStatementsAsync(client, 1);
        var five = await CountStatementsAsync(client, 5);
        var fifty = await CountStatementsAsync(client, 50);

        output.WriteLine($"SQL statements: {five} for 5 households, {fifty} for 50");
        Assert.Equal(five, fifty);
        Assert.InRange(fifty, 1, 10);
    }

    public void Dispose() => registry.Dispose();

    private async Task<int> CountStatementsAsync(HttpClient client, int first)
    {
        registry.SqlCommands.Reset();
        var response = await client.PostGraphQLAsync(HouseholdsWithEverything, new { first });
        var statements = registry.SqlCommands.Count;

        Assert.Empty(response.ErrorCodes);
        var edges = response.Data.GetProperty("households").GetProperty("edges");
        Assert.Equal(first, edges.GetArrayLength());
        Assert.All(edges.EnumerateArray(), edge => Assert.Equal(
            edge.GetProperty("node").GetProperty("size").GetInt32(),
            edge.GetProperty("node").GetProperty("members").GetArrayLength()));
        return statements;
    }
}
