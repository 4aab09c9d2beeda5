using GraphRegistry.Api.KeyRotation;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.KeyRotation;

/// <summary>
/// rotate-keys as an operator runs it: its own process beside a serving registry, on SQLite or
/// PostgreSQL (REGISTRY_TEST_PROVIDER). Every value ends under the new key and reads the same;
/// a killed run resumes; the old key revoked, a value left under it stops start-up.
/// </summary>
public sealed class KeyRotationTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly RotationFixture fixture = new(households: 30);

    [Fact]
    public async Task A_full_rotation_moves_every_value_onto_a_new_key_and_after_revoking_the_old_one_every_value_reads_the_same()
    {
        await fixture.AddCaseworkAsync();
        var before = await fixture.ReadAllAsync();
        var oldKey = fixture.CurrentKeyId();
        var valuesBefore = await fixture.ValuesPerKeyAsync();

        var (exitCode, output) = await RegistryProcess.RunAsync(fixture.CommandEnvironment, "rotate-keys", "--batch", "7", "--revoke-old");

        Assert.True(exitCode == 0, output);
        var runId = RotationFixture.RunIdIn(output);
        var state = await fixture.RunStateAsync(runId);
        var newKey = Assert.Single(fixture.Keys(), key => !key.IsRevoked).KeyId;
        Assert.NotEqual(oldKey, newKey);
        Assert.True(fixture.Keys().Single(key => key.KeyId == oldKey).IsRevoked);
        Assert.Contains($"Revoked key {oldKey}.", output, StringComparison.Ordinal);
        Assert.Equal(new RotationFixture.RunState(1, "Modifications", state!.AfterId, await fixture.EncryptedRowsAsync(), true), state);

        // Every value, and as many as before, now under the new key; a registry started afresh reads them all the same.
        var valuesAfter = await fixture.ValuesPerKeyAsync();
        Assert.Equal(valuesBefore.Values.Sum(), Assert.Single(valuesAfter, pair => pair.Key == newKey).Value);
        Assert.Single(valuesAfter);
        using var restarted = new RegistryApplication(fixture.Registry.DataDirectory, 0, ownsDirectory: false, "Development");
        Assert.Equal(before, await fixture.ReadAllAsync(restarted.CreateClient(TestPrincipals.Operator)));

        // The access log's chain is keyed apart from the Data Protection keys: still intact.
        var (verified, verifyOutput) = await RegistryProcess.RunAsync(fixture.CommandEnvironment, "verify-log");
        Assert.True(verified == 0, verifyOutput);
    }

    [SkippableFact]
    public async Task After_rotation_the_sqlite_file_holds_no_plaintext_and_no_ciphertext_of_the_old_key()
    {
        Skip.If(TestDatabase.IsPostgreSql, "reads the SQLite file's bytes");
        await fixture.AddCaseworkAsync();
        var oldPrefix = CiphertextKey.PrefixOf(fixture.CurrentKeyId());
        Assert.Contains(oldPrefix, await DatabaseText.ReadAsync(fixture.Registry), StringComparison.Ordinal);

        var (exitCode, output) = await RegistryProcess.RunAsync(fixture.CommandEnvironment, "rotate-keys", "--revoke-old", "--vacuum");

        Assert.True(exitCode == 0, output);
        Assert.Contains("(VACUUM)", output, StringComparison.Ordinal);
        var file = await DatabaseText.ReadAsync(fixture.Registry);
        Assert.DoesNotContain(oldPrefix, file, StringComparison.Ordinal);
        SensitiveValues.AssertNoneIn(file, [.. DemoPlaintext.Of(fixture.Registry)]);
        Assert.DoesNotContain("Rotation, Fes", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_killed_run_resumes_after_its_last_committed_batch_and_rewrites_no_row_twice()
    {
        await fixture.AddCaseworkAsync();
        var before = await fixture.ReadAllAsync();
        var rows = await fixture.EncryptedRowsAsync();

        // Held to 20 rows a second (about eight seconds in all), so the kill lands mid-run, even on a
        // loaded machine: once the persons are being rewritten.
        using (var killed = RegistryProcess.Start(fixture.CommandEnvironment, "rotate-keys", "--batch", "5", "--rows-per-second", "20"))
        {
            await killed.WaitForOutputAsync("pass 1, Persons", Patience);
            killed.Kill();
            var runId = RotationFixture.RunIdIn(killed.Output);
            var interrupted = await fixture.RunStateAsync(runId);
            Assert.False(interrupted!.Completed);
            Assert.InRange(interrupted.RowsRewritten, 1, rows - 1);

            var (exitCode, output) = await RegistryProcess.RunAsync(fixture.CommandEnvironment, "rotate-keys", "--run", runId, "--batch", "5");

            Assert.True(exitCode == 0, output);
            Assert.Contains($"Run {runId}: resuming", output, StringComparison.Ordinal);
            var resumed = await fixture.RunStateAsync(runId);
            Assert.True(resumed!.Completed);
            Assert.Equal(rows, resumed.RowsRewritten);
        }

        var values = await fixture.ValuesPerKeyAsync();
        Assert.Single(values);
        Assert.Equal(before, await fixture.ReadAllAsync());
    }

    [Fact]
    public async Task Lookups_during_a_run_find_every_person_with_the_right_values()
    {
        const string Lookup = "query($nationalId: String!) { personByNationalId(nationalId: $nationalId) { id nationalId firstNameLatin lastNameArabic birthDate household { address phone } } }";
        var people = DemoPlaintext.Of(fixture.Registry).SelectMany(h => h.Members).Where(m => m.NationalId is not null).Take(12).ToList();
        var expected = new Dictionary<string, string>();
        foreach (var person in people)
        {
            expected[person.NationalId!] = (await fixture.Operator.PostGraphQLAsync(Lookup, new { nationalId = person.NationalId })).Data.GetRawText();
        }

        using var rotation = RegistryProcess.Start(fixture.CommandEnvironment, "rotate-keys", "--batch", "5", "--rows-per-second", "50");
        var lookups = 0;
        var midRun = 0;
        while (!rotation.HasExited)
        {
            var person = people[lookups++ % people.Count];
            var response = await fixture.Operator.PostGraphQLAsync(Lookup, new { nationalId = person.NationalId });
            Assert.True(response.ErrorCodes.Count == 0, response.Body);
            Assert.Equal(expected[person.NationalId!], response.Data.GetRawText());
            midRun += rotation.Output.Contains("pass 1, Persons", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(await rotation.WaitForExitAsync(Patience) == 0, rotation.Output);
        Assert.True(midRun >= 5, $"{midRun} lookups while persons were being re-encrypted ({lookups} in all)");
        Assert.Single(await fixture.ValuesPerKeyAsync());
        foreach (var person in people)
        {
            Assert.Equal(expected[person.NationalId!], (await fixture.Operator.PostGraphQLAsync(Lookup, new { nationalId = person.NationalId })).Data.GetRawText());
        }
    }

    [Fact]
    public async Task A_value_left_under_a_revoked_key_stops_start_up_naming_where_and_changes_nothing()
    {
        var environment = fixture.CommandEnvironment;
        string stale;
        await using (var connection = await TestDatabase.OpenAsync(fixture.Registry))
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = """SELECT "FirstNameLatin" FROM "Persons" ORDER BY "Id" LIMIT 1""";
            stale = (string)(await read.ExecuteScalarAsync())!;
        }

        var (rotated, output) = await RegistryProcess.RunAsync(environment, "rotate-keys", "--revoke-old");
        Assert.True(rotated == 0, output);

        // A row restored from a backup made before the rotation.
        await RawDatabase.ExecuteAsync(fixture.Registry, $"""UPDATE "Persons" SET "FirstNameLatin" = '{stale}' WHERE "Id" = (SELECT MIN("Id") FROM "Persons")""");
        var before = await DatabaseText.ReadAsync(fixture.Registry);
        environment["Registry__DemoHouseholds"] = "5";

        var (exitCode, refusal) = await RegistryProcess.RunAsync(environment);

        Assert.Equal(1, exitCode);
        Assert.Contains("Persons.FirstNameLatin holds values encrypted under a revoked Data Protection key", refusal, StringComparison.Ordinal);
        Assert.EndsWith("Start-up stopped; nothing was changed.", refusal.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseText.ReadAsync(fixture.Registry));
    }

    [Theory]
    [InlineData("--batch 0", 2, "--batch must be a whole number from 1 to 100,000.")]
    [InlineData("--batch 100001", 2, "--batch must be a whole number from 1 to 100,000.")]
    [InlineData("--batch many", 2, "--batch must be a whole number from 1 to 100,000.")]
    [InlineData("--rows-per-second 0", 2, "--rows-per-second must be a whole number above 0.")]
    [InlineData("--blind-index --revoke-old", 2, "a --blind-index run deletes its old key itself")]
    [InlineData("--blind-index --vacuum", 2, "a --blind-index run deletes its old key itself")]
    [InlineData("--run rotation-20260101-deadbeef", 1, "There is no rotate-keys run 'rotation-20260101-deadbeef' in this registry (none so far).")]
    public async Task Bad_input_is_refused_with_its_cause_a_non_zero_exit_code_and_nothing_changed(string arguments, int expectedExit, string message)
    {
        var keys = fixture.Keys().Count;
        var before = await fixture.ReadAllAsync();

        var (exitCode, output) = await RegistryProcess.RunAsync(fixture.CommandEnvironment, ["rotate-keys", .. arguments.Split(' ')]);

        Assert.Equal(expectedExit, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains("othing was changed", output, StringComparison.Ordinal);
        Assert.Equal(keys, fixture.Keys().Count);
        Assert.Equal(0, await fixture.RunCountAsync());
        Assert.Single(await fixture.ValuesPerKeyAsync());
        Assert.Equal(before, await fixture.ReadAllAsync());
    }

    [Fact]
    public async Task A_second_run_while_one_holds_the_lock_is_refused_and_the_first_finishes()
    {
        // Held to 10 rows a second: the first run still holds the lock when the second process has started.
        using var first = RegistryProcess.Start(fixture.CommandEnvironment, "rotate-keys", "--batch", "5", "--rows-per-second", "10");
        await first.WaitForOutputAsync("pass 1, Households", Patience);

        var (exitCode, output) = await RegistryProcess.RunAsync(fixture.CommandEnvironment, "rotate-keys");

        Assert.Equal(1, exitCode);
        Assert.Contains("Another rotate-keys run holds the lock", output, StringComparison.Ordinal);
        Assert.True(await first.WaitForExitAsync(Patience) == 0, first.Output);
        Assert.Equal(1, await fixture.RunCountAsync());
        Assert.Equal(2, fixture.Keys().Count);
        Assert.Single(await fixture.ValuesPerKeyAsync());
    }

    [Fact]
    public async Task Without_its_key_ring_the_command_stops_before_anything_changes()
    {
        var environment = fixture.CommandEnvironment;
        environment["Registry__Keys__KeyRingDirectory"] = Path.Combine(fixture.Registry.DataDirectory, "no-such-keys");
        environment["Registry__Keys__BlindIndexKeyFile"] = Path.Combine(fixture.Registry.DataDirectory, "no-such.key");
        if (TestDatabase.IsPostgreSql)
        {
            await RawDatabase.ExecuteAsync(fixture.Registry, """CREATE TABLE "KeyMaterialAside" AS SELECT * FROM "KeyMaterial"; DELETE FROM "KeyMaterial";""");
        }

        var (exitCode, output) = await RegistryProcess.RunAsync(environment, "rotate-keys");

        Assert.Equal(1, exitCode);
        Assert.Contains("is missing", output, StringComparison.Ordinal);
        Assert.EndsWith("Start-up stopped; nothing was changed.", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(0, await fixture.RunCountAsync());
    }

    public void Dispose() => fixture.Dispose();
}
