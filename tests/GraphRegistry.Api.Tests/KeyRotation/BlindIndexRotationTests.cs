using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.KeyRotation;

/// <summary>
/// rotate-keys --blind-index beside two serving nodes (the in-process registry and a second
/// process on the same database): every lookup by national ID or IDCS during the run finds its
/// person, once, with the same values; a person registered mid-run is found too; at the end every
/// index value has changed and the access log's chain still verifies.
/// </summary>
public sealed class BlindIndexRotationTests : IDisposable
{
    private const string ByNationalId = "query($id: String!) { personByNationalId(nationalId: $id) { id nationalId idcs firstNameLatin birthDate household { id address } } }";
    private const string ByIdcs = "query($id: String!) { personByIdcs(idcs: $id) { id nationalId idcs firstNameLatin birthDate household { id address } } }";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly RotationFixture fixture = new(households: 30);

    [Fact]
    public async Task Lookups_on_two_nodes_during_a_run_find_every_person_once_with_the_same_values()
    {
        var (second, secondOperator) = await fixture.StartSecondNodeAsync();
        using var node = second;
        using var nodeClient = secondOperator;
        var members = DemoPlaintext.Of(fixture.Registry).SelectMany(h => h.Members).Take(10).ToList();
        var lookups = members.Select(m => m.NationalId is { } card ? (ByNationalId, card) : (ByIdcs, m.Idcs)).Concat(members.Select(m => (ByIdcs, m.Idcs))).ToList();
        var expected = new Dictionary<string, string>();
        foreach (var (query, id) in lookups)
        {
            expected[query + id] = await LookUpAsync(fixture.Operator, query, id);
        }

        var indexesBefore = await fixture.IndexesAsync();
        // Held to 8 rows a second: the re-indexing itself (after the wait for the nodes) takes several seconds, even on a loaded machine.
        using var rotation = RegistryProcess.Start(fixture.CommandEnvironment, "rotate-keys", "--blind-index", "--batch", "5", "--rows-per-second", "8");
        var count = 0;
        var midRun = 0;
        string? registered = null;
        while (!rotation.HasExited)
        {
            var (query, id) = lookups[count % lookups.Count];
            var client = count++ % 2 == 0 ? fixture.Operator : nodeClient;
            Assert.Equal(expected[query + id], await LookUpAsync(client, query, id));
            if (rotation.Output.Contains("pass 1, Persons", StringComparison.Ordinal))
            {
                midRun++;
                registered ??= await RegisterAsync(client);
                Assert.Contains(registered, await LookUpAsync(count % 2 == 0 ? fixture.Operator : nodeClient, ByNationalId, registered), StringComparison.Ordinal);
            }
        }

        Assert.True(await rotation.WaitForExitAsync(Patience) == 0, rotation.Output);
        Assert.True(midRun >= 5, $"{midRun} lookups while persons were being re-indexed ({count} in all)");
        var indexesAfter = await fixture.IndexesAsync();
        Assert.All(indexesBefore, before => Assert.NotEqual(before.Value, indexesAfter[before.Key]));
        foreach (var (query, id) in lookups)
        {
            Assert.Equal(expected[query + id], await LookUpAsync(nodeClient, query, id));
            Assert.Equal(expected[query + id], await LookUpAsync(fixture.Operator, query, id));
        }

        Assert.Contains(registered!, await LookUpAsync(fixture.Operator, ByNationalId, registered!), StringComparison.Ordinal);
        var (verified, output) = await RegistryProcess.RunAsync(fixture.CommandEnvironment, "verify-log");
        Assert.True(verified == 0, output);
        Assert.Contains("Access log intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_killed_run_resumes_and_ends_with_every_person_under_the_new_key()
    {
        var members = DemoPlaintext.Of(fixture.Registry).SelectMany(h => h.Members).Where(m => m.NationalId is not null).Take(5).ToList();
        var expected = new List<string>();
        foreach (var member in members)
        {
            expected.Add(await LookUpAsync(fixture.Operator, ByNationalId, member.NationalId!));
        }

        var indexesBefore = await fixture.IndexesAsync();
        string runId;
        using (var killed = RegistryProcess.Start(fixture.CommandEnvironment, "rotate-keys", "--blind-index", "--batch", "5", "--rows-per-second", "40"))
        {
            await killed.WaitForOutputAsync("rows/s", Patience); // the second progress line: a second into the re-indexing
            killed.Kill();
            runId = RotationFixture.RunIdIn(killed.Output);
        }

        var interrupted = await fixture.RunStateAsync(runId);
        Assert.False(interrupted!.Completed);
        Assert.InRange(interrupted.RowsRewritten, 5, indexesBefore.Count - 1);

        var refused = await RegistryProcess.RunAsync(fixture.CommandEnvironment, "rotate-keys", "--run", runId);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("resume it with --blind-index", refused.Output, StringComparison.Ordinal);

        var (exitCode, output) = await RegistryProcess.RunAsync(fixture.CommandEnvironment, "rotate-keys", "--blind-index", "--run", runId);

        Assert.True(exitCode == 0, output);
        var resumed = await fixture.RunStateAsync(runId);
        Assert.Equal(indexesBefore.Count, resumed!.RowsRewritten);
        Assert.True(resumed.Completed);
        var indexesAfter = await fixture.IndexesAsync();
        Assert.All(indexesBefore, before => Assert.NotEqual(before.Value, indexesAfter[before.Key]));

        // A registry started afresh knows only the new key, and finds everyone by it.
        using var restarted = new RegistryApplication(fixture.Registry.DataDirectory, 0, ownsDirectory: false, "Development");
        using var client = restarted.CreateClient(TestPrincipals.Operator);
        for (var i = 0; i < members.Count; i++)
        {
            Assert.Equal(expected[i], await LookUpAsync(client, ByNationalId, members[i].NationalId!));
        }
    }

    private static async Task<string> LookUpAsync(HttpClient client, string query, string id)
    {
        var response = await client.PostGraphQLAsync(query, new { id });
        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        return response.Data.GetRawText();
    }

    private static async Task<string> RegisterAsync(HttpClient client)
    {
        var card = HouseholdInputBuilder.NewNationalId();
        var registered = await client.PostGraphQLAsync("mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }", new { input = new HouseholdInputBuilder().WithHead(card).Build() });
        Assert.True(registered.ErrorCodes.Count == 0, registered.Body);
        return card;
    }

    public void Dispose() => fixture.Dispose();
}
