using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>The same question gets the same figures from two nodes on one database and after a restart: the noise lives in the stored record keys, not in a node.</summary>
public sealed class StatisticsAcrossNodesTests : IDisposable
{
    private const string Question = "{ householdCounts(by: [PROVINCE, SIZE_BAND]) { cells { keys count } rowTotals { count } columnTotals { count } total { count } } }";

    private readonly string directory = RegistryApplication.CreateDataDirectory();

    [Fact]
    public async Task Two_nodes_and_a_restart_give_the_same_figures()
    {
        string first, second, restarted;
        using (var one = new RegistryApplication(directory, demoHouseholds: 40, ownsDirectory: false, "Development"))
        {
            first = await AskAsync(one);
            using var two = new RegistryApplication(directory, demoHouseholds: 40, ownsDirectory: false, "Development");
            second = await AskAsync(two);
        }

        using (var again = new RegistryApplication(directory, demoHouseholds: 40, ownsDirectory: false, "Development"))
        {
            restarted = await AskAsync(again);
        }

        Assert.Equal(first, second);
        Assert.Equal(first, restarted);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task<string> AskAsync(RegistryApplication node)
    {
        var response = await node.CreateClient(TestPrincipals.Analyst).PostGraphQLAsync(Question);
        Assert.Empty(response.ErrorCodes);
        return response.Data.GetRawText();
    }
}
