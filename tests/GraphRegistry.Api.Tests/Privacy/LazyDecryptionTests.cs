using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>Only the personal fields a response carries are decrypted, one value each; nothing "just in case".</summary>
[Collection(RegistryCollection.Name)]
public sealed class LazyDecryptionTests(SharedRegistry registry)
{
    [Fact]
    public async Task A_response_decrypts_exactly_the_personal_values_it_carries()
    {
        var client = registry.CreateClient(TestPrincipals.Operator);
        var household = DemoPlaintext.Of(registry)[6];
        var protector = registry.Service<PersonalDataProtector>();

        var before = protector.Decryptions;
        await client.PostGraphQLAsync("query($id: ID!) { household(id: $id) { id size milieu members { relationship person { id sex } } } }", new { id = household.PublicId });
        var withoutPersonalFields = protector.Decryptions - before;

        before = protector.Decryptions;
        await client.PostGraphQLAsync("query($id: ID!) { household(id: $id) { address members { person { firstNameLatin } } } }", new { id = household.PublicId });
        var withNames = protector.Decryptions - before;

        Assert.Equal(0, withoutPersonalFields);
        Assert.Equal(1 + household.Members.Count, withNames);
    }
}
