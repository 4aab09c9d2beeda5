using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>
/// An agency cannot learn whether someone is in the registry: a lookup by identifier of a person or
/// household that is not registered, and of one that is registered but not covered by a consent or
/// a legal basis for the agency, give byte-identical answers. Only the officer's log tells them apart.
/// (Before, the first answered NOT_FOUND and the second NO_CONSENT: registered means "sought aid".)
/// </summary>
public sealed class ExistenceOracleTests : IDisposable
{
    private const string UnregisteredNationalId = "ZZ999999";
    private const string UnregisteredHousehold = "hh_zzzzzzzzzzzzzzzz";

    // CNSS's AMO_ELIGIBILITY purpose needs the household's consent; the registry has none yet.
    public static TheoryData<string, string> Lookups => new()
    {
        { "personByNationalId", "query($id: String!) { personByNationalId(nationalId: $id, purpose: \"AMO_ELIGIBILITY\") { id firstNameLatin } }" },
        { "household", "query($id: ID!) { household(id: $id, purpose: \"AMO_ELIGIBILITY\") { id size } }" },
        { "node", "query($id: ID!) { node(id: $id, purpose: \"AMO_ELIGIBILITY\") { id } }" },
        { "eligibilityCheck", "query($id: ID!) { eligibilityCheck(household: $id, purpose: \"AMO_ELIGIBILITY\") { program eligible } }" },
    };

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development");

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task Not_registered_and_not_covered_give_the_same_bytes(string root, string query)
    {
        var household = DemoPlaintext.Of(registry)[0];
        var registeredId = root == "personByNationalId" ? household.Members.First(m => m.NationalId is not null).NationalId! : household.PublicId;
        var unregisteredId = root == "personByNationalId" ? UnregisteredNationalId : UnregisteredHousehold;
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));

        var notCovered = await cnss.PostGraphQLAsync(query, new { id = registeredId });
        var notRegistered = await cnss.PostGraphQLAsync(query, new { id = unregisteredId });

        Assert.Equal(["NOT_FOUND"], notCovered.ErrorCodes);
        Assert.Equal(notRegistered.Status, notCovered.Status);
        Assert.Equal(notRegistered.ContentType, notCovered.ContentType);
        Assert.Equal(notRegistered.Body, notCovered.Body);
        SensitiveValues.AssertNoneIn(notCovered.Body, household);

        // The officer still sees which was which, and whom the attempt was about.
        var denied = (await OfficerLog.EntriesAsync(registry, new { agency = "CNSS" })).OrderBy(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(["NO_CONSENT", "NOT_FOUND"], denied.Select(e => e.GetProperty("reason").GetString()));
        Assert.All(denied, e => Assert.Equal("DENIED", e.GetProperty("outcome").GetString()));
        Assert.Contains(household.PublicId, denied[0].GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(denied[1].GetProperty("subjects").EnumerateArray());
    }

    [Fact]
    public async Task An_enrolment_in_another_agencys_programme_is_forbidden_before_consent_is_looked_at()
    {
        var household = DemoPlaintext.Of(registry)[1];
        const string Record = """
            mutation($input: RecordEnrollmentInput!) { recordEnrollment(input: $input, purpose: "AMO_ENROLLMENT") { status } }
            """;
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));

        // Not consented, and not registered: both FORBIDDEN, the same bytes, so the write probes nothing.
        var registered = await cnss.PostGraphQLAsync(Record, new { input = new { household = household.PublicId, program = "ASD", status = "ENROLLED", effectiveOn = "2024-01-01", reference = "CASE-1" } });
        var unregistered = await cnss.PostGraphQLAsync(Record, new { input = new { household = UnregisteredHousehold, program = "ASD", status = "ENROLLED", effectiveOn = "2024-01-01", reference = "CASE-1" } });

        Assert.Equal(["FORBIDDEN"], registered.ErrorCodes);
        Assert.Equal(unregistered.Body, registered.Body);
    }

    public void Dispose() => registry.Dispose();
}
