using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace GraphRegistry.Api.Tests.Consents;

/// <summary>
/// No consent, no read; consent given, read allowed and logged with the consent; withdrawn or
/// expired, refused again from the very next request. Time is moved, never slept.
/// </summary>
public sealed class ConsentLifecycleTests : IDisposable
{
    private const string Read = """
        query($id: ID!) { household(id: $id, purpose: "AMO_ELIGIBILITY") { id size members { person { firstNameLatin } } } }
        """;

    private const string Grant = """
        mutation($expiresAt: DateTime!) { me { grantConsent(input: { agency: "CNSS", purposes: ["AMO_ELIGIBILITY"], expiresAt: $expiresAt }) { id status } } }
        """;

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly RegistryApplication registry;

    public ConsentLifecycleTests()
    {
        registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 4, ownsDirectory: true, "Development", clock: clock);
    }

    [Fact]
    public async Task Consent_opens_and_withdrawal_or_expiry_closes_the_next_read()
    {
        var household = DemoPlaintext.Of(registry)[1];
        var citizen = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));
        var officer = registry.CreateClient(TestPrincipals.Officer);

        var withoutConsent = await cnss.PostGraphQLAsync(Read, new { id = household.PublicId });
        var granted = await citizen.PostGraphQLAsync(Grant, new { expiresAt = clock.GetUtcNow().AddDays(30) });
        var consentId = granted.Data.GetProperty("me").GetProperty("grantConsent").GetProperty("id").GetString();
        var withConsent = await cnss.PostGraphQLAsync(Read, new { id = household.PublicId });
        var withdrawn = await citizen.PostGraphQLAsync("mutation($id: ID!) { me { withdrawConsent(id: $id) { status withdrawnAt } } }", new { id = consentId });
        var afterWithdrawal = await cnss.PostGraphQLAsync(Read, new { id = household.PublicId });
        var shortConsent = await citizen.PostGraphQLAsync(Grant, new { expiresAt = clock.GetUtcNow().AddHours(1) });
        var beforeExpiry = await cnss.PostGraphQLAsync(Read, new { id = household.PublicId });
        clock.Advance(TimeSpan.FromHours(2));
        var afterExpiry = await cnss.PostGraphQLAsync(Read, new { id = household.PublicId });

        Assert.Equal(["NOT_FOUND"], withoutConsent.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, withoutConsent.Data.GetProperty("household").ValueKind);
        Assert.Equal("GIVEN", granted.Data.GetProperty("me").GetProperty("grantConsent").GetProperty("status").GetString());
        Assert.Empty(withConsent.ErrorCodes);
        Assert.Equal(household.Members.Count, withConsent.Data.GetProperty("household").GetProperty("size").GetInt32());
        Assert.Equal("WITHDRAWN", withdrawn.Data.GetProperty("me").GetProperty("withdrawConsent").GetProperty("status").GetString());
        Assert.Equal(["NOT_FOUND"], afterWithdrawal.ErrorCodes);
        Assert.Empty(shortConsent.ErrorCodes);
        Assert.Empty(beforeExpiry.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], afterExpiry.ErrorCodes);
        SensitiveValues.AssertNoneIn(withoutConsent.Body + afterWithdrawal.Body + afterExpiry.Body, household);

        var reads = (await OfficerLog.EntriesAsync(officer, new { agency = "CNSS" })).OrderBy(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(["DENIED", "ALLOWED", "DENIED", "ALLOWED", "DENIED"], reads.Select(e => e.GetProperty("outcome").GetString()));
        Assert.All(reads, e => Assert.Contains(household.PublicId, e.GetProperty("subjects").EnumerateArray().Select(s => s.GetString())));
        Assert.All(reads, e => Assert.Equal("AMO_ELIGIBILITY", e.GetProperty("purpose").GetString()));
        Assert.Equal($"CONSENT:{consentId}", reads[1].GetProperty("basis").GetString());
        Assert.Equal("NO_CONSENT", reads[2].GetProperty("reason").GetString());
        Assert.True((await OfficerLog.VerifyAsync(officer)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task The_citizen_sees_who_read_their_data_in_plain_words()
    {
        var household = DemoPlaintext.Of(registry)[2];
        var citizen = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        await citizen.PostGraphQLAsync(Grant, new { expiresAt = clock.GetUtcNow().AddDays(30) });
        await registry.CreateClient(TestPrincipals.Agency("CNSS")).PostGraphQLAsync(Read, new { id = household.PublicId });
        await citizen.PostGraphQLAsync("{ me { firstNameLatin } }");

        var response = await citizen.PostGraphQLAsync("{ me { accessLog(first: 10) { edges { node { who why what outcome } } } } }");

        var accesses = response.Data.GetProperty("me").GetProperty("accessLog").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var access = Assert.Single(accesses);
        Assert.StartsWith("Caisse Nationale de Sécurité Sociale", access.GetProperty("who").GetString(), StringComparison.Ordinal);
        Assert.Equal("checking eligibility for AMO Tadamon health insurance", access.GetProperty("why").GetString());
        Assert.Contains("first name (Latin script)", access.GetProperty("what").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("ALLOWED", access.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_consent_covers_only_its_data_categories()
    {
        var household = DemoPlaintext.Of(registry)[0];
        var citizen = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));
        await citizen.PostGraphQLAsync(
            "mutation($expiresAt: DateTime!) { me { grantConsent(input: { agency: \"CNSS\", purposes: [\"AMO_ELIGIBILITY\"], dataCategories: [HOUSEHOLD], expiresAt: $expiresAt }) { id dataCategories } } }",
            new { expiresAt = clock.GetUtcNow().AddDays(30) });

        var composition = await cnss.PostGraphQLAsync("query($id: ID!) { household(id: $id, purpose: \"AMO_ELIGIBILITY\") { size members { relationship } } }", new { id = household.PublicId });
        var names = await cnss.PostGraphQLAsync(Read, new { id = household.PublicId });

        Assert.Empty(composition.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], names.ErrorCodes);
        SensitiveValues.AssertNoneIn(names.Body, household);
    }

    public static TheoryData<string, string, string> BadConsents => new()
    {
        { "NOPE", "AMO_ELIGIBILITY", "NOT_FOUND" },
        { "CNSS", "ASD_PAYMENT", "PURPOSE_NOT_ALLOWED" },
        { "CNSS", "AMO_ELIGIBILITY", "INVALID_ARGUMENT" },
    };

    [Theory]
    [MemberData(nameof(BadConsents))]
    public async Task A_bad_consent_is_refused_and_nothing_is_written(string agency, string purpose, string code)
    {
        var household = DemoPlaintext.Of(registry)[3];
        var citizen = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        var expiresAt = code == "INVALID_ARGUMENT" ? clock.GetUtcNow().AddDays(-1) : clock.GetUtcNow().AddDays(30);

        var response = await citizen.PostGraphQLAsync(
            "mutation($input: GrantConsentInput!) { me { grantConsent(input: $input) { id } } }",
            new { input = new { agency, purposes = new[] { purpose }, expiresAt } });

        Assert.Equal([code], response.ErrorCodes);
        var consents = await citizen.PostGraphQLAsync("{ me { household { consents { id } } } }");
        Assert.Empty(consents.Data.GetProperty("me").GetProperty("household").GetProperty("consents").EnumerateArray());
    }

    [Fact]
    public async Task Nobody_withdraws_another_household_s_consent()
    {
        var households = DemoPlaintext.Of(registry);
        var owner = registry.CreateClient(TestPrincipals.Citizen(households[0].Members[0].PublicId));
        var stranger = registry.CreateClient(TestPrincipals.Citizen(households[1].Members[0].PublicId));
        var granted = await owner.PostGraphQLAsync(Grant, new { expiresAt = clock.GetUtcNow().AddDays(30) });
        var consentId = granted.Data.GetProperty("me").GetProperty("grantConsent").GetProperty("id").GetString();

        var response = await stranger.PostGraphQLAsync("mutation($id: ID!) { me { withdrawConsent(id: $id) { status } } }", new { id = consentId });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        var consents = await owner.PostGraphQLAsync("{ me { household { consents { id status } } } }");
        Assert.Equal("GIVEN", consents.Data.GetProperty("me").GetProperty("household").GetProperty("consents")[0].GetProperty("status").GetString());
    }

    public void Dispose() => registry.Dispose();
}
