using GraphRegistry.Api.DemoData;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>Consents recorded the way a service desk does it: an operator, through the API.</summary>
public static class ConsentDesk
{
    public const string RecordConsent = """
        mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }
        """;

    public static async Task<string> RecordAsync(RegistryApplication registry, DemoHousehold household, string agency, string purpose, DateTime? expiresAt = null)
    {
        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(RecordConsent, new
        {
            input = new
            {
                household = household.PublicId,
                subject = household.Members[0].PublicId,
                agency,
                purposes = new[] { purpose },
                expiresAt = expiresAt ?? DateTime.UtcNow.AddDays(90),
            },
        });
        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        return response.Data.GetProperty("recordConsent").GetProperty("id").GetString()!;
    }
}
