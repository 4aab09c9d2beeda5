using System.Text.Json.Nodes;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>The score distribution before and after a model change: SCORE_BAND under each model version.</summary>
public sealed class ScoreDistributionTests : IDisposable
{
    private const string Distribution = """
        query($model: String) { householdCounts(by: [SCORE_BAND], scoreModel: $model) { cells { keys count } total { count } } }
        """;

    private readonly RegistryApplication registry = new(
        RegistryApplication.CreateDataDirectory(), demoHouseholds: 20, ownsDirectory: true, "Development", new Dictionary<string, string> { ["Registry:Statistics:MinimumCellCount"] = "1" });

    [Fact]
    public async Task Each_model_versions_scores_fall_in_the_same_fixed_bands()
    {
        var model = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Schema, "score-models", "illustrative-2025.1.json")))!.AsObject();
        model["version"] = "ILLUSTRATIVE-SHIFTED";
        foreach (var (_, variant) in model["variants"]!.AsObject())
        {
            variant!["constant"] = variant["constant"]!.GetValue<double>() + 1.0;
        }

        var published = await registry.CreateClient(TestPrincipals.Admin).PostGraphQLAsync(
            "mutation($input: PublishScoreModelInput!) { publishScoreModel(input: $input) { version } }", new { input = new { document = model.ToJsonString(), sourceReference = "test" } });
        Assert.Empty(published.ErrorCodes);
        await registry.Service<BulkRescorer>().RescoreAsync("shifted", ScoreTrigger.Periodic, 100, null, CancellationToken.None);
        var analyst = registry.CreateClient(TestPrincipals.Analyst);

        var before = await analyst.PostGraphQLAsync(Distribution, new { model = "ILLUSTRATIVE-2025.1" });
        var after = await analyst.PostGraphQLAsync(Distribution, new { model = "ILLUSTRATIVE-SHIFTED" });
        var unknown = await analyst.PostGraphQLAsync(Distribution, new { model = "NO-SUCH-MODEL" });

        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var scores = await db.ScoreComputations.Join(db.Households, s => s.HouseholdId, h => h.Id, (s, h) => new { s.ModelVersion, s.CalculatedScore, h.RecordKey }).ToListAsync();
        long? Expected(string model, Func<double, bool> inBand) => CellKeyOracle.Of(registry).Published([.. scores.Where(s => s.ModelVersion == model && inBand(s.CalculatedScore)).Select(s => s.RecordKey)]);
        Assert.Equal(Expected("ILLUSTRATIVE-2025.1", s => s <= 9.0), Count(before, "≤ 9"));
        Assert.Equal(Expected("ILLUSTRATIVE-SHIFTED", s => s <= 9.0), Count(after, "≤ 9"));
        Assert.Equal(Expected("ILLUSTRATIVE-SHIFTED", s => s > 10.2), Count(after, "> 10.2"));
        Assert.True(scores.Count(s => s.ModelVersion == "ILLUSTRATIVE-SHIFTED" && s.CalculatedScore > 10.2) > scores.Count(s => s.ModelVersion == "ILLUSTRATIVE-2025.1" && s.CalculatedScore > 10.2));
        Assert.Equal(["INVALID_ARGUMENT"], unknown.ErrorCodes);
    }

    public void Dispose() => registry.Dispose();

    private static long? Count(GraphQLResponse response, string band) => response.Data.GetProperty("householdCounts").GetProperty("cells").EnumerateArray()
        .Single(c => c.GetProperty("keys")[0].GetString() == band).GetProperty("count") is { ValueKind: not System.Text.Json.JsonValueKind.Null } count ? count.GetInt64() : null;
}
