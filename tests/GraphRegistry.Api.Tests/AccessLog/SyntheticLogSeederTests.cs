using System.Text.Json;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.AccessLog;

/// <summary>seed-log's entries are links of the same chain the writer builds: verified alike, caught alike when edited.</summary>
public sealed class SyntheticLogSeederTests : IDisposable
{
    // Not a multiple of the statement or transaction size, so the short tail is written too.
    private const int Seeded = 10_234;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 4, ownsDirectory: true, "Development");

    [Fact]
    public async Task The_writer_continues_a_seeded_chain_and_the_whole_verifies()
    {
        await SeedAsync(Seeded);
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        foreach (var household in DemoPlaintext.Of(registry))
        {
            var read = await agency.PostGraphQLAsync("query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id phone } }", new { id = household.PublicId });
            Assert.Empty(read.ErrorCodes);
        }

        var chain = await OfficerLog.VerifyAsync(registry);

        Assert.True(chain.GetProperty("valid").GetBoolean(), chain.ToString());
        Assert.Equal(Seeded + registry.DemoHouseholds, chain.GetProperty("verifiedEntries").GetInt64());
    }

    // 256 fills every bulk statement exactly (32 rows on SQLite, 256 on PostgreSQL): no short tail.
    [Theory]
    [InlineData(120)]
    [InlineData(256)]
    public async Task Seeded_entries_read_back_through_EF_hash_exactly_as_written_and_hold_no_value(int seeded)
    {
        await SeedAsync(seeded);

        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var entries = await db.AccessLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var chain = registry.Service<AccessLogChain>();

        Assert.Equal(Enumerable.Range(1, seeded).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.All(entries, e => Assert.Equal(e.Hash, chain.HashOf(e, e.PreviousHash)));
        Assert.All(entries, e => Assert.Equal(SyntheticLogSeeder.OperationName, e.OperationName));
        Assert.All(entries.SelectMany(e => e.Subjects), subject => Assert.StartsWith(PublicId.HouseholdPrefix, subject, StringComparison.Ordinal));
        SensitiveValues.AssertNoneIn(JsonSerializer.Serialize(entries), [.. DemoPlaintext.Of(registry)]);
    }

    [Theory]
    [InlineData("UPDATE \"AccessLog\" SET \"Purpose\" = 'AMO_ENROLLMENT' WHERE \"Sequence\" = 7001", "altered")]
    [InlineData("UPDATE \"AccessLog\" SET \"Fields\" = {EMPTY_LIST} WHERE \"Sequence\" = 7001", "altered")]
    [InlineData("DELETE FROM \"AccessLog\" WHERE \"Sequence\" = 7001", "missing")]
    public async Task An_edited_seeded_entry_is_named(string tampering, string problem)
    {
        await SeedAsync(Seeded);
        await RawDatabase.ExecuteAsync(registry, tampering.Replace("{EMPTY_LIST}", RawDatabase.EmptyList, StringComparison.Ordinal));

        var chain = await OfficerLog.VerifyAsync(registry);

        Assert.False(chain.GetProperty("valid").GetBoolean());
        Assert.Equal(7001, chain.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Contains(problem, chain.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => registry.Dispose();

    private Task<(long First, long Last)> SeedAsync(long entries)
    {
        // The host starts (and migrates) with the first client.
        registry.CreateClient().Dispose();
        return registry.Service<SyntheticLogSeeder>().AppendAsync(entries, progress: null, CancellationToken.None);
    }
}
