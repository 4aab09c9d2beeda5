using GraphRegistry.Api.Data;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Registration;

/// <summary>Two desks register the same card at the same moment: one person, and one clear DUPLICATE.</summary>
public sealed class ConcurrentRegistrationTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 1, ownsDirectory: true, "Development");

    [Fact]
    public async Task Two_operators_registering_the_same_national_id_at_once_make_one_person()
    {
        var first = registry.CreateClient(TestPrincipals.Operator);
        var second = registry.CreateClient(TestPrincipals.Operator);
        for (var round = 0; round < 5; round++)
        {
            var card = HouseholdInputBuilder.NewNationalId();
            var before = await RegistryCounts.OfAsync(registry);

            var responses = await Task.WhenAll(
                first.PostGraphQLAsync(RegistrationTests.Register, new { input = new HouseholdInputBuilder().WithHead(card).WithMember("CHILD").Build() }),
                second.PostGraphQLAsync(RegistrationTests.Register, new { input = new HouseholdInputBuilder().WithHead(card).WithMember("CHILD").Build() }));

            Assert.Single(responses, r => r.ErrorCodes.Count == 0);
            Assert.Equal(["DUPLICATE"], Assert.Single(responses, r => r.ErrorCodes.Count > 0).ErrorCodes);
            var after = await RegistryCounts.OfAsync(registry);
            Assert.Equal(before.Households + 1, after.Households);
            Assert.Equal(before.Persons + 2, after.Persons);
            await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
            var index = registry.Service<BlindIndex>().Compute(BlindIndexedField.NationalId, card);
            Assert.Equal(1, await db.Persons.CountAsync(p => p.NationalIdIndex == index));
        }
    }

    public void Dispose() => registry.Dispose();
}
