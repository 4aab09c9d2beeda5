using System.Diagnostics;
using System.Text.Json;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;
using GraphRegistry.Api.Verification;
using Snapshooter.Xunit;

namespace GraphRegistry.Api.Tests.Verification;

/// <summary>Declarations checked against the administrations: every check recorded, mismatches held for an operator, a slow source never hangs the request.</summary>
public sealed class VerificationTests : IDisposable
{
    private const string Verify = "mutation Verify($id: ID!) { verifyHousehold(household: $id) { source field subjectId result declarationVersion } }";
    private const string Status = "query($id: ID!) { household(id: $id) { status verificationChecks { result } history { field oldValue newValue reason } } }";

    private readonly List<RegistryApplication> registries = [];

    [Fact]
    public async Task A_household_matching_every_source_stays_active_and_each_check_is_recorded()
    {
        var registry = Start();
        var household = DemoPlaintext.Of(registry)[0];
        var client = registry.CreateClient(TestPrincipals.Operator);

        var response = await client.PostGraphQLAsync(Verify, new { id = household.PublicId });
        var after = await client.PostGraphQLAsync(Status, new { id = household.PublicId });

        Assert.Empty(response.ErrorCodes);
        var checks = Sorted(response.Data.GetProperty("verifyHousehold"));
        Assert.All(checks, c => Assert.Equal("MATCH", c.GetProperty("result").GetString()));
        Assert.Equal(household.Members.Count * 2 + 1, checks.Count);
        Assert.Equal("ACTIVE", after.Data.GetProperty("household").GetProperty("status").GetString());
        Assert.Equal(checks.Count, after.Data.GetProperty("household").GetProperty("verificationChecks").GetArrayLength());
        var entry = Assert.Single(await OfficerLog.EntriesAsync(registry), e => e.GetProperty("operationName").GetString() == "Verify");
        Assert.Contains(household.PublicId, entry.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
        Snapshot.Match(JsonSerializer.Serialize(checks, new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task A_mismatch_puts_the_household_in_pending_verification_until_an_operator_resolves_it()
    {
        var registry = Start();
        var household = DemoPlaintext.Of(registry)[1];
        var head = household.Members[0];
        var client = registry.CreateClient(TestPrincipals.Operator);
        var key = Convert.ToHexString(registry.Service<BlindIndex>().Compute(BlindIndexedField.Idcs, head.Idcs));
        registry.Service<AdministrativeRecords>().Put(VerificationSource.CivilRegistry, key, VerificationFields.BirthDate, "1901-01-01");

        var response = await client.PostGraphQLAsync(Verify, new { id = household.PublicId });
        var pending = await client.PostGraphQLAsync(Status, new { id = household.PublicId });
        var resolved = await client.PostGraphQLAsync("mutation($id: ID!) { resolveVerification(household: $id) { status } }", new { id = household.PublicId });
        var again = await client.PostGraphQLAsync("mutation($id: ID!) { resolveVerification(household: $id) { status } }", new { id = household.PublicId });
        var after = await client.PostGraphQLAsync(Status, new { id = household.PublicId });

        var mismatch = Assert.Single(response.Data.GetProperty("verifyHousehold").EnumerateArray(), c => c.GetProperty("result").GetString() == "MISMATCH");
        Assert.Equal(("CIVIL_REGISTRY", "Person.birthDate", head.PublicId), (mismatch.GetProperty("source").GetString(), mismatch.GetProperty("field").GetString(), mismatch.GetProperty("subjectId").GetString()));
        Assert.Equal("PENDING_VERIFICATION", pending.Data.GetProperty("household").GetProperty("status").GetString());
        Assert.Equal("ACTIVE", resolved.Data.GetProperty("resolveVerification").GetProperty("status").GetString());
        Assert.Equal(["INVALID_STATE"], again.ErrorCodes);
        var history = after.Data.GetProperty("household").GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("field").GetString(), h.GetProperty("oldValue").GetString(), h.GetProperty("newValue").GetString(), h.GetProperty("reason").GetString())).ToList();
        Assert.Equal([("Household.status", "Active", "PendingVerification", "VERIFICATION"), ("Household.status", "PendingVerification", "Active", "VERIFICATION")], history);
    }

    [Fact]
    public async Task Members_unknown_to_the_civil_registry_are_mismatches()
    {
        var registry = Start();
        var client = registry.CreateClient(TestPrincipals.Operator);
        var registered = await client.PostGraphQLAsync("mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }", new { input = new HouseholdInputBuilder().WithHead().Build() });
        var id = registered.Data.GetProperty("registerHousehold").GetProperty("id").GetString();

        var response = await client.PostGraphQLAsync(Verify, new { id });

        var check = Assert.Single(response.Data.GetProperty("verifyHousehold").EnumerateArray());
        Assert.Equal(("Person.idcs", "MISMATCH"), (check.GetProperty("field").GetString(), check.GetProperty("result").GetString()));
    }

    [Fact]
    public async Task A_pre_registered_household_that_every_source_confirms_becomes_active()
    {
        var registry = Start();
        var card = HouseholdInputBuilder.NewNationalId();
        var citizen = registry.CreateClient(TestPrincipals.Citizen(Api.Data.PublicId.NewPerson()));
        var registered = await citizen.PostGraphQLAsync("mutation($input: RegisterHouseholdInput!) { me { preRegister(input: $input) { id status } } }", new { input = new HouseholdInputBuilder().WithHead(card).Build() });
        var id = registered.Data.GetProperty("me").GetProperty("preRegister").GetProperty("id").GetString();
        var key = Convert.ToHexString(registry.Service<BlindIndex>().Compute(BlindIndexedField.NationalId, card));
        registry.Service<AdministrativeRecords>().Put(VerificationSource.CivilRegistry, key, VerificationFields.BirthDate, "1980-05-06");

        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(Verify, new { id });
        var after = await citizen.PostGraphQLAsync("{ me { household { status } } }");

        Assert.Equal("PENDING_VERIFICATION", registered.Data.GetProperty("me").GetProperty("preRegister").GetProperty("status").GetString());
        Assert.Equal("MATCH", Assert.Single(response.Data.GetProperty("verifyHousehold").EnumerateArray()).GetProperty("result").GetString());
        Assert.Equal("ACTIVE", after.Data.GetProperty("me").GetProperty("household").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_slow_source_is_recorded_unavailable_after_the_timeout_and_the_request_returns()
    {
        var registry = Start(new Dictionary<string, string>
        {
            ["Registry:Verification:Timeout"] = "00:00:00.300",
            ["Registry:Verification:SimulatedLatency:Utilities"] = "00:05:00",
        });
        var household = DemoPlaintext.Of(registry)[2];
        var client = registry.CreateClient(TestPrincipals.Operator);

        var clock = Stopwatch.StartNew();
        var response = await client.PostGraphQLAsync(Verify, new { id = household.PublicId });
        clock.Stop();
        var after = await client.PostGraphQLAsync(Status, new { id = household.PublicId });

        Assert.Empty(response.ErrorCodes);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"verification took {clock.Elapsed}");
        var checks = response.Data.GetProperty("verifyHousehold").EnumerateArray().ToList();
        var utilities = Assert.Single(checks, c => c.GetProperty("source").GetString() == "UTILITIES");
        Assert.Equal(("Declaration.hasElectricity", "UNAVAILABLE"), (utilities.GetProperty("field").GetString(), utilities.GetProperty("result").GetString()));
        Assert.All(checks.Where(c => c.GetProperty("source").GetString() != "UTILITIES"), c => Assert.Equal("MATCH", c.GetProperty("result").GetString()));
        Assert.Equal("ACTIVE", after.Data.GetProperty("household").GetProperty("status").GetString());
    }

    public static TheoryData<string> Refused => ["citizen", "agency", "officer", "admin"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Only_operators_verify_and_read_checks(string who)
    {
        var registry = Start();
        var household = DemoPlaintext.Of(registry)[0];
        var principal = who switch
        {
            "citizen" => TestPrincipals.Citizen(household.Members[0].PublicId),
            "agency" => TestPrincipals.Agency("CNSS"),
            "officer" => TestPrincipals.Officer,
            _ => TestPrincipals.Admin,
        };
        var client = registry.CreateClient(principal);
        var before = await RegistryCounts.OfAsync(registry);

        var verify = await client.PostGraphQLAsync(Verify, new { id = household.PublicId });
        var read = who == "citizen"
            ? await client.PostGraphQLAsync("{ me { household { verificationChecks { result } history { field } updateDue } } }")
            : await client.PostGraphQLAsync("query($id: ID!) { household(id: $id, purpose: \"AMO_ELIGIBILITY\") { verificationChecks { result } } }", new { id = household.PublicId });

        Assert.Equal(["FORBIDDEN_FIELD"], verify.ErrorCodes.Distinct());
        Assert.Equal(["FORBIDDEN_FIELD"], read.ErrorCodes.Distinct());
        Assert.Equal(before, await RegistryCounts.OfAsync(registry));
    }

    public void Dispose() => registries.ForEach(r => r.Dispose());

    private RegistryApplication Start(IReadOnlyDictionary<string, string>? settings = null)
    {
        var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development", settings);
        registries.Add(registry);
        return registry;
    }

    private static List<JsonElement> Sorted(JsonElement checks) =>
        [.. checks.EnumerateArray().OrderBy(c => c.GetProperty("source").GetString(), StringComparer.Ordinal).ThenBy(c => c.GetProperty("field").GetString(), StringComparer.Ordinal).ThenBy(c => c.GetProperty("subjectId").GetString(), StringComparer.Ordinal)];
}
