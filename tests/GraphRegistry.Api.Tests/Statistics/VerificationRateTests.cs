using GraphRegistry.Api.Data;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>Declared against verified: the VERIFICATION dimension counts what the verification checks say.</summary>
public sealed class VerificationRateTests : IDisposable
{
    private readonly RegistryApplication registry = new(
        RegistryApplication.CreateDataDirectory(), demoHouseholds: 12, ownsDirectory: true, "Development", new Dictionary<string, string> { ["Registry:Statistics:MinimumCellCount"] = "1" });

    [Fact]
    public async Task Verified_pending_and_declared_only_match_the_checks_in_the_database()
    {
        var operatorClient = registry.CreateClient(TestPrincipals.Operator);
        foreach (var household in DemoPlaintext.Of(registry).Take(5))
        {
            var verified = await operatorClient.PostGraphQLAsync("mutation($id: ID!) { verifyHousehold(household: $id) { result } }", new { id = household.PublicId });
            Assert.Empty(verified.ErrorCodes);
        }

        var response = await registry.CreateClient(TestPrincipals.Analyst).PostGraphQLAsync("{ householdCounts(by: [VERIFICATION]) { cells { keys count } total { count } } }");

        Assert.Empty(response.ErrorCodes);
        var counts = response.Data.GetProperty("householdCounts").GetProperty("cells").EnumerateArray()
            .ToDictionary(c => c.GetProperty("keys")[0].GetString()!, c => c.GetProperty("count").GetInt64());
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var households = await db.Households.Select(h => new { h.Status, h.RecordKey, Checked = db.VerificationChecks.Any(c => c.HouseholdId == h.Id) }).ToListAsync();
        var oracle = CellKeyOracle.Of(registry);
        Assert.Equal(oracle.Published([.. households.Where(h => h.Status == HouseholdStatus.PendingVerification).Select(h => h.RecordKey)]), counts["PENDING_VERIFICATION"]);
        Assert.Equal(oracle.Published([.. households.Where(h => h.Status != HouseholdStatus.PendingVerification && h.Checked).Select(h => h.RecordKey)]), counts["VERIFIED"]);
        Assert.Equal(oracle.Published([.. households.Where(h => h.Status != HouseholdStatus.PendingVerification && !h.Checked).Select(h => h.RecordKey)]), counts["DECLARED_ONLY"]);
        Assert.Equal(5, households.Count(h => h.Checked));
    }

    public void Dispose() => registry.Dispose();
}
