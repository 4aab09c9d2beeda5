using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Operations;

/// <summary>Everything the registry logs, at every level, while it serves and refuses personal data: no value, no variable.</summary>
public sealed class LogPrivacyTests : IDisposable
{
    private readonly LogCapture logs = new();
    private readonly RegistryApplication registry;

    public LogPrivacyTests()
    {
        registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 4, ownsDirectory: true, "Development") { Logs = logs };
    }

    [Fact]
    public async Task Logs_hold_none_of_the_seeded_personal_values_nor_the_variables()
    {
        var households = DemoPlaintext.Of(registry).ToArray();
        var nationalId = households[0].Members[0].NationalId!;
        var operatorClient = registry.CreateClient(TestPrincipals.Operator);
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));

        var everything = await operatorClient.PostGraphQLAsync("{ households(first: 10) { edges { node { id address phone members { person { nationalId idcs firstNameLatin lastNameLatin firstNameArabic lastNameArabic birthDate } } } } } }");
        await cnss.PostGraphQLAsync("query($n: String!) { personByNationalId(nationalId: $n, purpose: \"AMO_ELIGIBILITY\") { id firstNameLatin } }", new { n = nationalId });
        await operatorClient.PostGraphQLAsync("query($n: String!) { personByNationalId(nationalId: $n) { id firstNameLatin } }", new { n = nationalId });
        await operatorClient.PostGraphQLAsync("query($first: Int) { households(first: $first) { totalCount } }", new { first = nationalId });
        await operatorClient.PostGraphQLAsync("{ personByNationalId(nationalId: \"" + nationalId + "\" { id } }");
        await operatorClient.GetGraphQLAsync("query=" + Uri.EscapeDataString("query($n: String!) { personByNationalId(nationalId: $n) { id } }") + "&variables=" + Uri.EscapeDataString($$"""{"n":"{{nationalId}}"}"""));
        await registry.CreateClient(TestPrincipals.Agency("MENPS")).PostGraphQLAsync("{ personByNationalId(nationalId: \"" + nationalId + "\") { id } }");

        Assert.Empty(everything.ErrorCodes);
        Assert.Contains(households[0].Members[0].FirstName.Latin, everything.Body, StringComparison.Ordinal);
        Assert.True(logs.Lines.Count > 50, $"Only {logs.Lines.Count} log lines were captured.");
        var text = string.Join('\n', logs.Lines);
        SensitiveValues.AssertNoneIn(text, households);
        Assert.DoesNotContain(nationalId, text, StringComparison.Ordinal);
    }

    public void Dispose() => registry.Dispose();
}
