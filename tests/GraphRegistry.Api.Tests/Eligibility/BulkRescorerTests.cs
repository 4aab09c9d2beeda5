using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>A rescoring run interrupted midway finishes when restarted, with one score per household, no more.</summary>
public sealed class BulkRescorerTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 25, ownsDirectory: true, "Development");

    [Fact]
    public async Task An_interrupted_run_resumes_without_duplicates()
    {
        _ = registry.CreateClient();
        var rescorer = registry.Service<BulkRescorer>();
        using var interrupt = new CancellationTokenSource();
        var progress = new SynchronousProgress(done =>
        {
            if (done >= 10)
            {
                interrupt.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rescorer.RescoreAsync("run-1", ScoreTrigger.Periodic, batchSize: 10, progress, interrupt.Token));
        var afterInterruption = await CountAsync("run-1");
        var (total, rejected) = await rescorer.RescoreAsync("run-1", ScoreTrigger.Periodic, batchSize: 10, progress: null, CancellationToken.None);

        Assert.Equal(10, afterInterruption);
        Assert.Equal(25, total);
        Assert.Equal(0, rejected);
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var perHousehold = await db.ScoreComputations.Where(s => s.RunId == "run-1").GroupBy(s => s.HouseholdId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(25, perHousehold.Count);
        Assert.All(perHousehold, count => Assert.Equal(1, count));
        Assert.Equal(25 * 4, await db.EligibilityDecisions.CountAsync(d => db.ScoreComputations.Any(s => s.Id == d.ScoreComputationId && s.RunId == "run-1")));
    }

    public void Dispose() => registry.Dispose();

    private async Task<int> CountAsync(string runId)
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.ScoreComputations.CountAsync(s => s.RunId == runId);
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
