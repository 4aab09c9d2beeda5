using System.Net;
using System.Text.Json;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Replica;

/// <summary>
/// Agency reads on a real streaming standby of the test server: they come from it (a household the
/// standby has not replayed is not found by an agency, while the operator, on the primary, finds
/// it), a consent withdrawal counts from the very next request though the standby has not replayed
/// it, and reads carry on from the primary when the standby stops or falls behind. The registry is
/// on PostgreSQL whatever the provider of the run, as the replica is a PostgreSQL standby.
/// </summary>
public sealed class ReplicaTests(StreamingStandby standby) : IClassFixture<StreamingStandby>, IDisposable
{
    private const string ByNationalId = """
        query($n: String!) { personByNationalId(nationalId: $n, purpose: "ASD_ELIGIBILITY") { id firstNameLatin household { id size } } }
        """;

    private const string OperatorByNationalId = "query($n: String!) { personByNationalId(nationalId: $n) { id household { id } } }";

    private const string Register = "mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }";

    private const string CnssRead = """
        query($id: ID!) { household(id: $id, purpose: "AMO_ELIGIBILITY") { id size members { person { firstNameLatin } } } }
        """;

    private const string Grant = """
        mutation($expiresAt: DateTime!) { me { grantConsent(input: { agency: "CNSS", purposes: ["AMO_ELIGIBILITY"], expiresAt: $expiresAt }) { id } } }
        """;

    private readonly List<RegistryApplication> registries = [];

    [SkippableFact]
    public async Task An_agency_reads_the_replica_while_the_operator_reads_the_primary()
    {
        var registry = Start(maxLag: TimeSpan.FromMinutes(5));
        var anss = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        var operatorClient = registry.CreateClient(TestPrincipals.Operator);
        await WaitForReplicaAsync(registry, "Healthy");

        await standby.PauseReplayAsync();
        HttpResponseMessage? readiness = null;
        try
        {
            var card = HouseholdInputBuilder.NewNationalId();
            var registered = await operatorClient.PostGraphQLAsync(Register, new { input = new HouseholdInputBuilder().WithHead(card).Build() });
            Assert.Empty(registered.ErrorCodes);
            var byOperator = await operatorClient.PostGraphQLAsync(OperatorByNationalId, new { n = card });
            var byAgencyBeforeReplay = await anss.PostGraphQLAsync(ByNationalId, new { n = card });
            readiness = await registry.CreateClient().GetAsync("/health/ready");

            Assert.Empty(byOperator.ErrorCodes);
            Assert.Equal(["NOT_FOUND"], byAgencyBeforeReplay.ErrorCodes);

            await standby.ResumeReplayAsync();
            await standby.CatchUpAsync(TimeSpan.FromSeconds(30));
            var byAgencyAfterReplay = await anss.PostGraphQLAsync(ByNationalId, new { n = card });
            Assert.Empty(byAgencyAfterReplay.ErrorCodes);
            Assert.Equal(
                registered.Data.GetProperty("registerHousehold").GetProperty("id").GetString(),
                byAgencyAfterReplay.Data.GetProperty("personByNationalId").GetProperty("household").GetProperty("id").GetString());
        }
        finally
        {
            await standby.ResumeReplayAsync();
        }

        // Within MaxLag the paused standby still served, and readiness said where reads went.
        var report = await ReadinessAsync(readiness!);
        Assert.Equal(HttpStatusCode.OK, readiness!.StatusCode);
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("replica").GetProperty("status").GetString());
        Assert.Contains("read replica", report.GetProperty("checks").GetProperty("replica").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_withdrawal_refuses_the_next_read_though_the_replica_has_not_replayed_it()
    {
        var registry = Start(maxLag: TimeSpan.FromMinutes(5));
        var household = DemoPlaintext.Of(registry)[1];
        var citizen = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));
        await WaitForReplicaAsync(registry, "Healthy");
        var granted = await citizen.PostGraphQLAsync(Grant, new { expiresAt = DateTime.UtcNow.AddDays(30) });
        var consentId = granted.Data.GetProperty("me").GetProperty("grantConsent").GetProperty("id").GetString();
        await standby.CatchUpAsync(TimeSpan.FromSeconds(30));

        await standby.PauseReplayAsync();
        GraphQLResponse withConsent, withdrawn, afterWithdrawal;
        try
        {
            withConsent = await cnss.PostGraphQLAsync(CnssRead, new { id = household.PublicId });
            withdrawn = await citizen.PostGraphQLAsync("mutation($id: ID!) { me { withdrawConsent(id: $id) { status } } }", new { id = consentId });
            afterWithdrawal = await cnss.PostGraphQLAsync(CnssRead, new { id = household.PublicId });
        }
        finally
        {
            await standby.ResumeReplayAsync();
        }

        Assert.Empty(withConsent.ErrorCodes);
        Assert.Equal("WITHDRAWN", withdrawn.Data.GetProperty("me").GetProperty("withdrawConsent").GetProperty("status").GetString());
        Assert.Equal(["NOT_FOUND"], afterWithdrawal.ErrorCodes);
        SensitiveValues.AssertNoneIn(afterWithdrawal.Body, household);
        var officer = registry.CreateClient(TestPrincipals.Officer);
        var reads = (await OfficerLog.EntriesAsync(officer, new { agency = "CNSS" })).OrderBy(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(["ALLOWED", "DENIED"], reads.Select(e => e.GetProperty("outcome").GetString()));
    }

    [SkippableFact]
    public async Task Reads_carry_on_from_the_primary_when_the_replica_stops_and_return_to_it_when_it_is_back()
    {
        var registry = Start(maxLag: TimeSpan.FromSeconds(30));
        var anss = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        var cards = DemoPlaintext.Of(registry).SelectMany(h => h.Members).Select(m => m.NationalId).OfType<string>().Take(6).ToList();
        await WaitForReplicaAsync(registry, "Healthy");

        var answers = new List<GraphQLResponse>();
        async Task LookUpAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                answers.Add(await anss.PostGraphQLAsync(ByNationalId, new { n = cards[answers.Count % cards.Count] }));
            }
        }

        JsonElement whileDown;
        await LookUpAsync(10);
        standby.Halt();
        try
        {
            // The first reads after the stop meet the replica's dead connections and are read again on the primary.
            await LookUpAsync(20);
            whileDown = await WaitForReplicaAsync(registry, "Degraded");
            await LookUpAsync(10);
        }
        finally
        {
            standby.Resume();
        }

        var back = await WaitForReplicaAsync(registry, "Healthy");
        await LookUpAsync(10);

        Assert.Equal(50, answers.Count);
        Assert.All(answers, answer => Assert.Empty(answer.ErrorCodes));
        Assert.Contains("does not answer", whileDown.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("read replica", back.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_replica_further_behind_than_max_lag_sends_reads_to_the_primary()
    {
        var registry = Start(maxLag: TimeSpan.FromSeconds(1));
        var anss = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        var operatorClient = registry.CreateClient(TestPrincipals.Operator);
        await WaitForReplicaAsync(registry, "Healthy");

        await standby.PauseReplayAsync();
        try
        {
            var card = HouseholdInputBuilder.NewNationalId();
            Assert.Empty((await operatorClient.PostGraphQLAsync(Register, new { input = new HouseholdInputBuilder().WithHead(card).Build() })).ErrorCodes);
            var lagging = await WaitForReplicaAsync(registry, "Degraded");
            var byAgency = await anss.PostGraphQLAsync(ByNationalId, new { n = card });

            Assert.Contains("more than Registry:Replica:MaxLag", lagging.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Empty(byAgency.ErrorCodes);
        }
        finally
        {
            await standby.ResumeReplayAsync();
        }

        await WaitForReplicaAsync(registry, "Healthy");
    }

    public void Dispose()
    {
        foreach (var registry in registries)
        {
            registry.Dispose();
        }
    }

    private RegistryApplication Start(TimeSpan maxLag)
    {
        Skip.If(standby.Server is null, $"needs a PostgreSQL server: {TestDatabase.ServerVariable} (see .ci/postgres.sh)");
        var directory = RegistryApplication.CreateDataDirectory();
        var registry = new RegistryApplication(directory, demoHouseholds: 4, ownsDirectory: true, "Development", ReplicaSettings.For(directory, standby, maxLag));
        registries.Add(registry);
        return registry;
    }

    // The replica's entry in /health/ready once it reads as expected; the check runs every 200 ms.
    private static async Task<JsonElement> WaitForReplicaAsync(RegistryApplication registry, string status)
    {
        var client = registry.CreateClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync("/health/ready");
            var replica = (await ReadinessAsync(response)).GetProperty("checks").GetProperty("replica");
            if (replica.GetProperty("status").GetString() == status)
            {
                return replica;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the replica did not read {status} within 30 s: {replica}");
            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> ReadinessAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
