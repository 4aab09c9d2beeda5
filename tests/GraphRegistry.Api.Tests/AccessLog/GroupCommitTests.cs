using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.AccessLog;

/// <summary>
/// Commits are spaced by Registry:AccessLog:CommitInterval: requests that arrive while the writer
/// waits for its next slot share one commit (one fsync), and the chain stays whole.
/// </summary>
public sealed class GroupCommitTests
{
    private const string Lookup = """
        query Lookup($id: ID!) { household(id: $id, purpose: "ASD_ELIGIBILITY") { id } }
        """;

    [Fact]
    public async Task Requests_arriving_within_the_interval_share_one_commit()
    {
        // Long enough that the concurrent requests below are all queued when the next slot opens.
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 10, ownsDirectory: true, "Development",
            new Dictionary<string, string> { ["Registry:AccessLog:CommitInterval"] = "00:00:01" });
        var households = DemoPlaintext.Of(registry);
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        Assert.Empty((await agency.PostGraphQLAsync(Lookup, new { id = households[0].PublicId })).ErrorCodes);

        // The first commit has just started a slot: these nine wait for the next one together.
        var responses = await Task.WhenAll(households.Skip(1).Select(h => agency.PostGraphQLAsync(Lookup, new { id = h.PublicId })));

        Assert.All(responses, r => Assert.Empty(r.ErrorCodes));
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var commits = await db.AccessLog.Where(e => e.Sequence > 1).Select(e => e.OccurredAt).Distinct().CountAsync();
        Assert.Equal(1, commits);
        Assert.True((await OfficerLog.VerifyAsync(registry)).GetProperty("valid").GetBoolean());
    }
}
