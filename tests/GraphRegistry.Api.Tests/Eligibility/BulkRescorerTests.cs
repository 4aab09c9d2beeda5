using System.Globalization;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>
/// A rescoring run interrupted midway (cancelled, or stopped by a row it cannot read or decrypt)
/// keeps the batches written before, and restarted finishes with one score per household, no more.
/// </summary>
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

    [Fact]
    public Task A_household_the_reading_stage_cannot_read_stops_the_run_after_the_batches_before_it() =>
        StopsAndResumesAsync("run-unreadable", UnreadableDeclarationAsync, nameof(ArgumentException));

    [Fact]
    public Task A_birth_date_the_scoring_stage_cannot_decrypt_stops_the_run_after_the_batches_before_it() =>
        StopsAndResumesAsync("run-undecryptable", UndecryptableBirthDatesAsync, "CryptographicException");

    [Fact]
    public async Task The_rescore_command_says_how_to_resume_and_exits_1_when_a_stage_fails()
    {
        _ = registry.CreateClient();
        await using (var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
        {
            var household = await db.Households.OrderBy(h => h.Id).Skip(14).Select(h => h.Id).FirstAsync();
            await db.Database.ExecuteSqlRawAsync((await UnreadableDeclarationAsync(db, household)).Corrupt);
        }

        var (exitCode, output) = await RegistryProcess.RunAsync(RegistryProcess.EnvironmentFor(registry.DataDirectory), "rescore", "--run", "cli-run", "--batch", "10");

        Assert.Equal(1, exitCode);
        Assert.Contains("Rescoring run cli-run stopped after 10 households were scored: ArgumentException.", output, StringComparison.Ordinal);
        Assert.Contains("run it again with --run cli-run to resume", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT_A_DWELLING", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_failures_are_named_by_their_distinct_types_and_their_messages_are_dropped()
    {
        var failure = RescoringFailedException.Stopped("run-x", 20, new AggregateException(
            new System.Security.Cryptography.CryptographicException("payload of AB123456"),
            new System.Security.Cryptography.CryptographicException("payload of CD654321"),
            new AggregateException(new FormatException("value 1980-05-06"))));

        Assert.Equal(["CryptographicException", "FormatException"], failure.FailureTypes);
        Assert.StartsWith("Rescoring run run-x stopped after 20 households were scored: CryptographicException, FormatException.", failure.Message, StringComparison.Ordinal);
        Assert.Null(failure.InnerException);
        Assert.DoesNotContain("AB123456", failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1980-05-06", failure.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => registry.Dispose();

    // A dwelling type no enum value has: the reader cannot parse the declaration.
    private static async Task<(string Corrupt, string Repair)> UnreadableDeclarationAsync(RegistryDbContext db, long household)
    {
        var dwelling = await db.Declarations.AsNoTracking().Where(d => d.HouseholdId == household).Select(d => d.DwellingType).FirstAsync();
        const string Update = "UPDATE \"Declarations\" SET \"DwellingType\" = '{0}' WHERE \"HouseholdId\" = {1}";
        return (string.Format(CultureInfo.InvariantCulture, Update, "NOT_A_DWELLING", household), string.Format(CultureInfo.InvariantCulture, Update, dwelling, household));
    }

    // Birth dates that are not Data Protection payloads: scoring cannot compute the members' ages.
    private static async Task<(string Corrupt, string Repair)> UndecryptableBirthDatesAsync(RegistryDbContext db, long household)
    {
        var people = await db.Memberships.AsNoTracking().Where(m => m.HouseholdId == household).Select(m => new { m.PersonId, m.Person!.BirthDate }).ToListAsync();
        const string Update = "UPDATE \"Persons\" SET \"BirthDate\" = '{0}' WHERE \"Id\" = {1}";
        return (
            string.Join(";\n", people.Select(p => string.Format(CultureInfo.InvariantCulture, Update, "CfDJ8NotACiphertext", p.PersonId))),
            string.Join(";\n", people.Select(p => string.Format(CultureInfo.InvariantCulture, Update, p.BirthDate.Ciphertext, p.PersonId))));
    }

    // Household 15 is in the second batch of ten: the first is written, the run stops at the
    // second, and once the rows are repaired the same run finishes the other fifteen.
    private async Task StopsAndResumesAsync(string runId, Func<RegistryDbContext, long, Task<(string Corrupt, string Repair)>> damage, string failureType)
    {
        _ = registry.CreateClient();
        var rescorer = registry.Service<BulkRescorer>();
        string repair;
        await using (var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
        {
            var household = await db.Households.OrderBy(h => h.Id).Skip(14).Select(h => h.Id).FirstAsync();
            (var corrupt, repair) = await damage(db, household);
            Assert.True(await db.Database.ExecuteSqlRawAsync(corrupt) > 0);
        }

        var failure = await Assert.ThrowsAsync<RescoringFailedException>(() => rescorer.RescoreAsync(runId, ScoreTrigger.Periodic, batchSize: 10, progress: null, CancellationToken.None));

        Assert.Equal(10, failure.Scored);
        Assert.Equal(10, await CountAsync(runId));
        Assert.Contains(failureType, failure.Message, StringComparison.Ordinal);
        Assert.Contains($"--run {runId}", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT_A_DWELLING", failure.Message, StringComparison.Ordinal);

        await using (var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync(repair);
        }

        var (total, _) = await rescorer.RescoreAsync(runId, ScoreTrigger.Periodic, batchSize: 10, progress: null, CancellationToken.None);
        Assert.Equal(25, total);
        await using var check = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var perHousehold = await check.ScoreComputations.Where(s => s.RunId == runId).GroupBy(s => s.HouseholdId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(25, perHousehold.Count);
        Assert.All(perHousehold, count => Assert.Equal(1, count));
    }

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
