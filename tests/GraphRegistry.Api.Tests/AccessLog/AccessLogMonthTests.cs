using System.Data.Common;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace GraphRegistry.Api.Tests.AccessLog;

/// <summary>
/// The log by month: entries across a month boundary (on PostgreSQL, in two partitions) form one
/// chain; each month verifies alone from its sealed first link; a missing partition is made
/// without losing an entry; the oldest month is archived to a file that verifies, and the chain
/// left verifies from the archive's last link. Time is moved, never slept.
/// </summary>
public sealed class AccessLogMonthTests : IDisposable
{
    private const string Read = """
        query($id: ID!) { household(id: $id, purpose: "ASD_ELIGIBILITY") { id phone } }
        """;

    // Three entries in October 2026, three in November: entries 4 to 6 are November's.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 31, 23, 59, 0, TimeSpan.Zero));
    private readonly LogCapture logs = new();
    private readonly RegistryApplication registry;

    public AccessLogMonthTests()
    {
        registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development", clock: clock) { Logs = logs };
    }

    [Fact]
    public async Task Entries_across_a_month_boundary_form_one_chain_and_each_month_verifies_alone()
    {
        await ReadInTwoMonthsAsync();

        var chain = await OfficerLog.VerifyAsync(Officer());

        Assert.True(chain.GetProperty("valid").GetBoolean(), chain.ToString());
        Assert.Equal(6, chain.GetProperty("verifiedEntries").GetInt64());
        Assert.Equal([("2026-10", 1L), ("2026-11", 4L)], await QueryAsync("SELECT \"Month\", \"FirstSequence\" FROM \"AccessLogMonths\" ORDER BY \"Month\"", r => (r.GetString(0), r.GetInt64(1))));
        if (TestDatabase.IsPostgreSql)
        {
            Assert.Equal([("AccessLog_2026_10", 3L), ("AccessLog_2026_11", 3L)], await QueryAsync(
                "SELECT c.relname::text, count(*) FROM \"AccessLog\" a JOIN pg_class c ON c.oid = a.tableoid GROUP BY 1 ORDER BY 1", r => (r.GetString(0), r.GetInt64(1))));
        }

        var october = await VerifyLogAsync("--from", "2026-10");
        var november = await VerifyLogAsync("--from", "2026-11");
        Assert.True(october.ExitCode == 0, october.Output);
        Assert.Contains("Access log month 2026-10 intact: 3 entries verified.", october.Output, StringComparison.Ordinal);
        Assert.True(november.ExitCode == 0, november.Output);
        Assert.Contains("Access log month 2026-11 intact: 3 entries verified.", november.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE \"AccessLog\" SET \"Purpose\" = 'AMO_ENROLLMENT' WHERE \"Sequence\" = 5", "BROKEN at entry 5: entry 5 was altered", true)]
    [InlineData("DELETE FROM \"AccessLog\" WHERE \"Sequence\" = 4", "BROKEN at entry 4: entry 4 is missing: 2026-11 is recorded as starting there", false)]
    // The intruder deletes November's first entry and rewrites the record to start after it, without the chain key.
    [InlineData("DELETE FROM \"AccessLog\" WHERE \"Sequence\" = 4; UPDATE \"AccessLogMonths\" SET \"FirstSequence\" = 5, \"PreviousHash\" = (SELECT \"PreviousHash\" FROM \"AccessLog\" WHERE \"Sequence\" = 5) WHERE \"Month\" = '2026-11'", "the record of 2026-11's first link is not sealed by the chain key", false)]
    public async Task A_month_verified_alone_names_an_altered_or_deleted_entry_and_a_forged_record(string tampering, string problem, bool octoberIntact)
    {
        await ReadInTwoMonthsAsync();
        await RawDatabase.ExecuteAsync(registry, tampering);

        var (exitCode, output) = await VerifyLogAsync("--from", "2026-11");
        var october = await VerifyLogAsync("--from", "2026-10");
        var whole = await OfficerLog.VerifyAsync(Officer());

        Assert.True(exitCode == 1, output);
        Assert.Contains(problem, output, StringComparison.Ordinal);
        Assert.False(whole.GetProperty("valid").GetBoolean());
        // October ends where November's first link begins: October alone still verifies unless that link is gone.
        Assert.True(october.ExitCode == (octoberIntact ? 0 : 1), october.Output);
    }

    [Theory]
    [InlineData(new[] { "verify-log", "--from", "2026-13" }, "--from needs a month as yyyy-MM")]
    [InlineData(new[] { "verify-log", "--from", "foo" }, "--from needs a month as yyyy-MM")]
    [InlineData(new[] { "verify-log", "--from", "2026-11", "--archive", "x.jsonl" }, "give one")]
    [InlineData(new[] { "verify-log", "--archive", "no-such-archive.jsonl" }, "does not exist")]
    [InlineData(new[] { "verify-log", "--from", "2025-01" }, "The access log records no entry in 2025-01: nothing to verify.")]
    [InlineData(new[] { "archive-log", "--month", "2026-13", "--to", "x.jsonl" }, "usage: archive-log --month yyyy-MM --to FILE")]
    [InlineData(new[] { "archive-log", "--month", "2026-10" }, "usage: archive-log --month yyyy-MM --to FILE")]
    public async Task Mistyped_month_commands_are_refused_with_exit_code_2_and_change_nothing(string[] command, string message)
    {
        await ReadInTwoMonthsAsync();
        var before = await LogStateAsync();

        var (exitCode, output) = await RegistryProcess.RunAsync(RegistryProcess.EnvironmentFor(registry.DataDirectory), command);

        Assert.True(exitCode == 2, output);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Equal(before, await LogStateAsync());
    }

    [SkippableFact]
    public async Task On_SQLite_there_is_no_month_to_archive()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite's refusal");
        await ReadInTwoMonthsAsync();

        var (exitCode, output) = await ArchiveAsync("2026-10");

        Assert.True(exitCode == 1, output);
        Assert.Contains("On SQLite the access log is one table", output, StringComparison.Ordinal);
        Assert.True((await VerifyLogAsync()).ExitCode == 0);
    }

    [SkippableFact]
    public async Task A_missing_partition_is_made_by_the_next_append_and_no_entry_is_lost()
    {
        Skip.If(!TestDatabase.IsPostgreSql, "partitions are PostgreSQL's");
        var households = DemoPlaintext.Of(registry);
        var agency = Agency();
        Assert.All(await Task.WhenAll(households.Select(h => agency.PostGraphQLAsync(Read, new { id = h.PublicId }))), r => Assert.Empty(r.ErrorCodes));
        await RawDatabase.ExecuteAsync(registry, "DROP TABLE \"AccessLog_2026_11\"");
        clock.Advance(TimeSpan.FromMinutes(2));

        var answered = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => agency.PostGraphQLAsync(Read, new { id = households[i % households.Count].PublicId })));

        Assert.All(answered, r => Assert.Empty(r.ErrorCodes));
        var chain = await OfficerLog.VerifyAsync(Officer());
        Assert.True(chain.GetProperty("valid").GetBoolean(), chain.ToString());
        Assert.Equal(households.Count + 12, chain.GetProperty("verifiedEntries").GetInt64());
        Assert.Equal([12L], await QueryAsync("SELECT count(*) FROM \"AccessLog_2026_11\"", r => r.GetInt64(0)));
        Assert.Contains(logs.Lines, line => line.Contains("No access log partition covered 2026-11", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Archiving_the_oldest_month_leaves_a_chain_that_verifies_from_the_archive_and_a_file_that_verifies_alone()
    {
        Skip.If(!TestDatabase.IsPostgreSql, "partitions are PostgreSQL's");
        await ReadInTwoMonthsAsync();
        var file = Path.Combine(registry.DataDirectory, "access-log-2026-10.jsonl");

        var notOldest = await ArchiveAsync("2026-11");
        var archived = await ArchiveAsync("2026-10", file);
        var again = await ArchiveAsync("2026-10", Path.Combine(registry.DataDirectory, "again.jsonl"));

        Assert.True(notOldest.ExitCode == 1, notOldest.Output);
        Assert.Contains("2026-10 is older and still in the database", notOldest.Output, StringComparison.Ordinal);
        Assert.True(archived.ExitCode == 0, archived.Output);
        Assert.Equal(1, again.ExitCode);
        Assert.Empty(await QueryAsync("SELECT relname::text FROM pg_class WHERE relname = 'AccessLog_2026_10'", r => r.GetString(0)));
        var chain = await OfficerLog.VerifyAsync(Officer());
        Assert.True(chain.GetProperty("valid").GetBoolean(), chain.ToString());
        Assert.Equal(3, chain.GetProperty("verifiedEntries").GetInt64());
        var fromArchive = await VerifyLogAsync("--archive", file);
        Assert.True(fromArchive.ExitCode == 0, fromArchive.Output);
        Assert.Contains("Archive of 2026-10 intact: 3 entries verified.", fromArchive.Output, StringComparison.Ordinal);
        SensitiveValues.AssertNoneIn(await File.ReadAllTextAsync(file), [.. DemoPlaintext.Of(registry)]);

        // An edited archive line, and the new first entry deleted from the database, are both caught.
        var lines = await File.ReadAllLinesAsync(file);
        lines[2] = lines[2].Replace("ASD_ELIGIBILITY", "AMO_ELIGIBILITY", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(file, lines);
        var editedArchive = await VerifyLogAsync("--archive", file);
        Assert.True(editedArchive.ExitCode == 1, editedArchive.Output);
        Assert.Contains("entry 2 was altered", editedArchive.Output, StringComparison.Ordinal);
        await RawDatabase.ExecuteAsync(registry, "DELETE FROM \"AccessLog\" WHERE \"Sequence\" = 4");
        var cut = await OfficerLog.VerifyAsync(Officer());
        Assert.False(cut.GetProperty("valid").GetBoolean());
        Assert.Equal(4, cut.GetProperty("firstBrokenSequence").GetInt64());
    }

    public void Dispose() => registry.Dispose();

    // Minted on the registry's clock (October 2026), checked on the machine's: valid across both.
    private HttpClient Agency() => registry.CreateClient(TestPrincipals.Agency("ANSS"), TimeSpan.FromDays(3650));

    private HttpClient Officer() => registry.CreateClient(TestPrincipals.Officer, TimeSpan.FromDays(3650));

    private async Task ReadInTwoMonthsAsync()
    {
        var households = DemoPlaintext.Of(registry);
        var agency = Agency();
        foreach (var household in households)
        {
            Assert.Empty((await agency.PostGraphQLAsync(Read, new { id = household.PublicId })).ErrorCodes);
        }

        clock.Advance(TimeSpan.FromMinutes(2));
        foreach (var household in households)
        {
            Assert.Empty((await agency.PostGraphQLAsync(Read, new { id = household.PublicId })).ErrorCodes);
        }

        // The commands read the head file this registry keeps; it is written within a second otherwise.
        registry.Service<AccessLogHead>().Flush();
    }

    private Task<(int ExitCode, string Output)> VerifyLogAsync(params string[] options) =>
        RegistryProcess.RunAsync(RegistryProcess.EnvironmentFor(registry.DataDirectory), ["verify-log", .. options]);

    private Task<(int ExitCode, string Output)> ArchiveAsync(string month, string? file = null) =>
        RegistryProcess.RunAsync(RegistryProcess.EnvironmentFor(registry.DataDirectory), "archive-log", "--month", month, "--to", file ?? Path.Combine(registry.DataDirectory, $"archive-{month}.jsonl"));

    // The log and its month records as they stand: what a refused command must leave alone.
    private async Task<List<string>> LogStateAsync() =>
    [
        .. await QueryAsync("SELECT \"Sequence\", \"Hash\" FROM \"AccessLog\" ORDER BY \"Sequence\"", r => $"{r.GetInt64(0)} {r.GetString(1)}"),
        .. await QueryAsync("SELECT \"Month\", \"FirstSequence\", \"Seal\", \"ArchivedAt\" FROM \"AccessLogMonths\" ORDER BY \"Month\"", r => $"{r.GetString(0)} {r.GetInt64(1)} {r.GetString(2)} {r.IsDBNull(3)}"),
    ];

    private async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> row)
    {
        await using var connection = await TestDatabase.OpenAsync(registry);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(row(reader));
        }

        return rows;
    }
}
