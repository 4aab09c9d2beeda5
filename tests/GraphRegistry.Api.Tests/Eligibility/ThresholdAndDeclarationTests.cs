using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>New threshold versions make new decisions without touching old ones; bad thresholds and impossible declarations store nothing.</summary>
public sealed class ThresholdAndDeclarationTests : IDisposable
{
    private const string Publish = """
        mutation($input: PublishThresholdInput!) { publishThreshold(input: $input) { version threshold effectiveFrom } }
        """;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 8, ownsDirectory: true, "Development");

    [Fact]
    public async Task A_new_threshold_version_adds_decisions_and_keeps_the_old_ones()
    {
        var admin = registry.CreateClient(TestPrincipals.Admin);
        var before = await DecisionsAsync("ASD");

        var published = await admin.PostGraphQLAsync(Publish, new { input = new { program = "ASD", threshold = 20.0, comparator = "LESS_OR_EQUAL", effectiveFrom = "2025-01-01", provenance = "ILLUSTRATIVE", sourceReference = "test: everyone qualifies" } });
        await registry.Service<BulkRescorer>().RescoreAsync("after-threshold", ScoreTrigger.Periodic, 100, null, CancellationToken.None);
        var after = await DecisionsAsync("ASD");

        Assert.Empty(published.ErrorCodes);
        Assert.Equal(2, published.Data.GetProperty("publishThreshold").GetProperty("version").GetInt32());
        Assert.Equal(2 * before.Count, after.Count);
        Assert.All(before, old => Assert.Contains(after, d => d.Id == old.Id && d.Eligible == old.Eligible && d.ThresholdVersionId == old.ThresholdVersionId));
        Assert.All(after.Where(d => before.All(old => old.Id != d.Id)), d => Assert.True(d.Eligible));
    }

    [Theory]
    [InlineData("ASD", 9.9, "2023-06-01", "INVALID_ARGUMENT")]
    [InlineData("ASD", 9.9, "2023-12-01", "INVALID_ARGUMENT")]
    [InlineData("ASD", -1.0, "2026-01-01", "INVALID_ARGUMENT")]
    [InlineData("NOPE", 9.9, "2026-01-01", "NOT_FOUND")]
    public async Task A_bad_threshold_is_refused_and_nothing_is_stored(string program, double threshold, string effectiveFrom, string code)
    {
        var response = await registry.CreateClient(TestPrincipals.Admin).PostGraphQLAsync(Publish, new
        {
            input = new { program, threshold, comparator = "LESS_OR_EQUAL", effectiveFrom, provenance = "PUBLISHED", sourceReference = "test" },
        });

        Assert.Equal([code], response.ErrorCodes);
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        Assert.Equal(4, await db.ThresholdVersions.CountAsync());
        Assert.Equal(0, await db.ThresholdVersions.CountAsync(t => t.EffectiveTo != null));
    }

    [Theory]
    [InlineData("UPDATE \"Declarations\" SET \"Rooms\" = -2")]
    [InlineData("UPDATE \"Declarations\" SET \"MemberSituations\" = '[]'")]
    [InlineData("UPDATE \"Declarations\" SET \"AnnualPhoneSpending\" = '99999999'")]
    public async Task An_impossible_declaration_is_not_scored(string corruption)
    {
        _ = registry.CreateClient();
        await RawDatabase.ExecuteAsync(registry, corruption);

        var (scored, rejected) = await registry.Service<BulkRescorer>().RescoreAsync("bad", ScoreTrigger.Periodic, 100, null, CancellationToken.None);

        Assert.Equal(0, scored);
        Assert.Equal(8, rejected);
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.ScoreComputations.CountAsync(s => s.RunId == "bad"));
    }

    public void Dispose() => registry.Dispose();

    private async Task<List<EligibilityDecision>> DecisionsAsync(string program)
    {
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.EligibilityDecisions.AsNoTracking().Where(d => d.ProgramCode == program).ToListAsync();
    }
}
