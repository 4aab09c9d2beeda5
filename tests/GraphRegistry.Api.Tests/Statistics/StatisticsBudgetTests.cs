using System.Text.Json;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>
/// Each analyst has a number of distinct questions a day, counted in the database: two nodes on one
/// database share it, asking again costs nothing, and a question over budget is refused, says when
/// the budget refills and is logged as a denied attempt.
/// </summary>
public sealed class StatisticsBudgetTests : IDisposable
{
    private static readonly Dictionary<string, string> ThreeQuestions = new() { ["Registry:Statistics:QuestionsPerDay"] = "3" };

    private readonly string directory = RegistryApplication.CreateDataDirectory();
    private readonly RegistryApplication first;
    private readonly RegistryApplication second;

    public StatisticsBudgetTests()
    {
        first = new RegistryApplication(directory, demoHouseholds: 20, ownsDirectory: false, "Development", ThreeQuestions);
        first.Service<Api.Statistics.StatisticsService>();
        second = new RegistryApplication(directory, demoHouseholds: 20, ownsDirectory: false, "Development", ThreeQuestions);
    }

    [Fact]
    public async Task Two_nodes_share_one_budget_and_a_repeated_question_is_free()
    {
        var onFirst = first.CreateClient(TestPrincipals.Analyst);
        var onSecond = second.CreateClient(TestPrincipals.Analyst);

        Assert.Empty((await Ask(onFirst, "REGION")).ErrorCodes);
        Assert.Empty((await Ask(onSecond, "MILIEU")).ErrorCodes);
        Assert.Empty((await Ask(onFirst, "MILIEU, REGION")).ErrorCodes);
        Assert.Empty((await Ask(onSecond, "REGION, MILIEU")).ErrorCodes);
        Assert.Empty((await Ask(onSecond, "REGION")).ErrorCodes);
        var over = await Ask(onSecond, "SIZE_BAND");
        var another = await Ask(second.CreateClient(new RegistryPrincipal(PrincipalKind.Analyst, "analyst:other", null, null)), "SIZE_BAND");

        Assert.Equal(["STATISTICS_BUDGET_EXHAUSTED"], over.ErrorCodes);
        var error = over.Json.GetProperty("errors")[0];
        Assert.Equal(DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd'T'00:00:00'Z'", System.Globalization.CultureInfo.InvariantCulture), error.GetProperty("extensions").GetProperty("refillsAt").GetString());
        Assert.Contains("3 distinct", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(over.Json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.GetProperty("householdCounts").ValueKind != JsonValueKind.Null);
        Assert.Empty(another.ErrorCodes);
        Assert.Empty((await Ask(onFirst, "REGION")).ErrorCodes);
    }

    [Fact]
    public async Task A_question_over_budget_is_logged_as_denied()
    {
        var analyst = first.CreateClient(TestPrincipals.Analyst);
        foreach (var by in new[] { "REGION", "MILIEU", "SIZE_BAND" })
        {
            Assert.Empty((await Ask(analyst, by)).ErrorCodes);
        }

        Assert.Equal(["STATISTICS_BUDGET_EXHAUSTED"], (await Ask(analyst, "VERIFICATION")).ErrorCodes);

        var denied = Assert.Single(await OfficerLog.EntriesAsync(first, new { outcome = "DENIED" }));
        Assert.Equal("ANALYST", denied.GetProperty("principalKind").GetString());
        Assert.Contains("STATISTICS_BUDGET_EXHAUSTED", denied.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static Task<GraphQLResponse> Ask(HttpClient analyst, string by) =>
        analyst.PostGraphQLAsync($$"""{ householdCounts(by: [{{by}}], purpose: "PLANNING") { total { count } } }""");
}
