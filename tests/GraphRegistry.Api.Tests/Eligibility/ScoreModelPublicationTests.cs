using System.Text.Json.Nodes;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>An administrator publishes a score model version; the next rescore uses it and keeps every older score.</summary>
public sealed class ScoreModelPublicationTests : IDisposable
{
    private const string Publish = """
        mutation($input: PublishScoreModelInput!) { publishScoreModel(input: $input) { version provenance sourceReference publishedBy } }
        """;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 6, ownsDirectory: true, "Development");

    [Fact]
    public async Task A_published_model_scores_the_next_rescore_and_old_scores_stay()
    {
        var admin = registry.CreateClient(TestPrincipals.Admin);
        var before = await ScoresAsync();

        var published = await admin.PostGraphQLAsync(Publish, new { input = new { document = ShippedModel(version: "OFFICIAL-TEST-1", provenance: "OFFICIAL", constantShift: 0.5), sourceReference = "test: shipped model shifted by 0.5" } });
        await registry.Service<BulkRescorer>().RescoreAsync("new-model", ScoreTrigger.Periodic, 100, null, CancellationToken.None);
        var after = await ScoresAsync();
        var listed = await admin.PostGraphQLAsync("{ scoreModels { version provenance } }");

        Assert.Empty(published.ErrorCodes);
        Assert.Equal("admin:test", published.Data.GetProperty("publishScoreModel").GetProperty("publishedBy").GetString());
        Assert.Equal("OFFICIAL-TEST-1", listed.Data.GetProperty("scoreModels")[0].GetProperty("version").GetString());
        Assert.Equal(2 * before.Count, after.Count);
        Assert.All(before, old => Assert.Contains(after, s => s.Id == old.Id && s.ModelVersion == old.ModelVersion && s.CalculatedScore == old.CalculatedScore));
        var rescored = after.Where(s => s.RunId == "new-model").ToList();
        Assert.Equal(before.Count, rescored.Count);
        Assert.All(rescored, score =>
        {
            Assert.Equal("OFFICIAL-TEST-1", score.ModelVersion);
            Assert.Equal(before.Single(old => old.HouseholdId == score.HouseholdId).CalculatedScore + 0.5, score.CalculatedScore, 6);
        });
    }

    public static TheoryData<string, string> BadDocuments => new()
    {
        { "not json", "a document that is not JSON" },
        { ShippedModel(removeCoefficient: "has_car"), "a missing coefficient" },
        { ShippedModel(version: "OFFICIAL-2"), "an illustrative provenance under an official-looking version" },
        { ShippedModel(version: "ILLUSTRATIVE-2025.1"), "the version already in force" },
        { ShippedModel(version: "X-1", provenance: "GUESSED"), "an unknown provenance" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task A_bad_model_is_refused_and_nothing_is_stored(string document, string why)
    {
        var response = await registry.CreateClient(TestPrincipals.Admin).PostGraphQLAsync(Publish, new { input = new { document, sourceReference = why } });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Equal(0, await PublishedCountAsync());
    }

    [Fact]
    public async Task A_version_is_published_once()
    {
        var admin = registry.CreateClient(TestPrincipals.Admin);
        var input = new { input = new { document = ShippedModel(version: "OFFICIAL-TEST-1", provenance: "OFFICIAL"), sourceReference = "test" } };

        var first = await admin.PostGraphQLAsync(Publish, input);
        var second = await admin.PostGraphQLAsync(Publish, input);

        Assert.Empty(first.ErrorCodes);
        Assert.Equal(["INVALID_ARGUMENT"], second.ErrorCodes);
        Assert.Equal(1, await PublishedCountAsync());
    }

    [Fact]
    public async Task A_run_is_not_resumed_under_another_model()
    {
        var admin = registry.CreateClient(TestPrincipals.Admin);
        await registry.Service<BulkRescorer>().RescoreAsync("one-model", ScoreTrigger.Periodic, 100, null, CancellationToken.None);
        var published = await admin.PostGraphQLAsync(Publish, new { input = new { document = ShippedModel(version: "OFFICIAL-TEST-1", provenance: "OFFICIAL"), sourceReference = "test" } });
        Assert.Empty(published.ErrorCodes);
        var before = (await ScoresAsync()).Count;

        var resumed = await Assert.ThrowsAsync<RescoringFailedException>(() => registry.Service<BulkRescorer>().RescoreAsync("one-model", ScoreTrigger.Periodic, 100, null, CancellationToken.None));

        Assert.Contains("another score model", resumed.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await ScoresAsync()).Count);
    }

    [Fact]
    public async Task Only_administrators_publish_a_model()
    {
        var input = new { input = new { document = ShippedModel(version: "OFFICIAL-TEST-1", provenance: "OFFICIAL"), sourceReference = "test" } };

        var byOperator = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(Publish, input);
        var byAgency = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(Publish, input);

        // One error per path the principal may not touch: the mutation and each field it selects.
        Assert.Equal(Enumerable.Repeat("FORBIDDEN_FIELD", 5), byOperator.ErrorCodes);
        Assert.Equal(Enumerable.Repeat("FORBIDDEN_FIELD", 5), byAgency.ErrorCodes);
        Assert.Equal(0, await PublishedCountAsync());
    }

    public void Dispose() => registry.Dispose();

    private static string ShippedModel(string version = "ILLUSTRATIVE-TEST-2", string provenance = "ILLUSTRATIVE", double constantShift = 0, string? removeCoefficient = null)
    {
        var model = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "score-models", "illustrative-2025.1.json")))!.AsObject();
        model["version"] = version;
        model["provenance"] = provenance;
        foreach (var (_, variant) in model["variants"]!.AsObject())
        {
            variant!["constant"] = variant["constant"]!.GetValue<double>() + constantShift;
            if (removeCoefficient is not null)
            {
                variant["coefficients"]!.AsObject().Remove(removeCoefficient);
            }
        }

        return model.ToJsonString();
    }

    private async Task<List<ScoreComputation>> ScoresAsync()
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.ScoreComputations.AsNoTracking().ToListAsync();
    }

    private async Task<int> PublishedCountAsync()
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.ScoreModels.CountAsync();
    }
}
