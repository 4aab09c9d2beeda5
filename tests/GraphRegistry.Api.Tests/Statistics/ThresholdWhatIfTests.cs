using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>A what-if gives the figures that publishing the threshold and rescoring would give, noise included, and publishes nothing.</summary>
public sealed class ThresholdWhatIfTests : IDisposable
{
    // Suppression off (a minimum of 1 hides nothing) so every count can be compared.
    private readonly RegistryApplication registry = new(
        RegistryApplication.CreateDataDirectory(), demoHouseholds: 40, ownsDirectory: true, "Development", new Dictionary<string, string> { ["Registry:Statistics:MinimumCellCount"] = "1" });

    [Theory]
    [InlineData("ASD", 9.5, null)]
    [InlineData("TAYSSIR", 9.9, "CHILD_AGED_6_TO_18_IN_SCHOOL")]
    [InlineData("AMO_ACHAMIL", 9.2, "NO_OTHER_MANDATORY_COVERAGE")]
    public async Task The_what_if_matches_publishing_and_rescoring(string program, double threshold, string? criterion)
    {
        var admin = registry.CreateClient(TestPrincipals.Admin);
        var whatIf = await registry.CreateClient(TestPrincipals.Analyst).PostGraphQLAsync(
            "query($program: String!, $threshold: Float!) { thresholdWhatIf(program: $program, threshold: $threshold) { cells { keys count } } }", new { program, threshold });
        Assert.Empty(whatIf.ErrorCodes);
        var predicted = whatIf.Data.GetProperty("thresholdWhatIf").GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("keys")[1].GetString() == "ELIGIBLE")
            .ToDictionary(c => c.GetProperty("keys")[0].GetString()!, c => c.GetProperty("count").GetInt64());
        Assert.Equal(0, await CountAsync(db => db.ThresholdVersions.CountAsync(t => t.EffectiveFrom > new DateOnly(2025, 1, 1))));

        var comparator = program == "AMO_ACHAMIL" ? "GREATER_THAN" : "LESS_OR_EQUAL";
        var published = await admin.PostGraphQLAsync(
            "mutation($input: PublishThresholdInput!) { publishThreshold(input: $input) { version } }",
            new { input = new { program, threshold, comparator, effectiveFrom = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), provenance = "ILLUSTRATIVE", sourceReference = "what-if check", criteria = criterion is null ? Array.Empty<string>() : [criterion] } });
        Assert.Empty(published.ErrorCodes);
        await registry.Service<BulkRescorer>().RescoreAsync("what-if-check", ScoreTrigger.Periodic, 100, null, CancellationToken.None);

        var actual = await CountAsync(db => db.EligibilityDecisions
            .Where(d => d.ProgramCode == program && d.Eligible && d.Id == db.EligibilityDecisions.Where(o => o.HouseholdId == d.HouseholdId && o.ProgramCode == program).Max(o => o.Id))
            .Join(db.Households, d => d.HouseholdId, h => h.Id, (d, h) => new { h.RegionCode, h.RecordKey })
            .ToListAsync());

        // The what-if's figure for each region is the perturbation of exactly the households rescoring made eligible.
        var oracle = CellKeyOracle.Of(registry);
        Assert.All(predicted, region => Assert.Equal(oracle.Published([.. actual.Where(a => a.RegionCode == region.Key).Select(a => a.RecordKey)]), region.Value));
        Assert.NotEmpty(actual);
    }

    public void Dispose() => registry.Dispose();

    private async Task<T> CountAsync<T>(Func<RegistryDbContext, Task<T>> query)
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
