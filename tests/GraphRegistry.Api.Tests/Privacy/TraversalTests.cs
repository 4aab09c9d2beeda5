using System.Net;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>Paths that leave the household a read was authorized for, and defaults that hide a filter.</summary>
public sealed class TraversalTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 6, ownsDirectory: true, "Development");

    [Fact]
    public async Task A_member_who_moved_away_is_no_door_into_their_new_household()
    {
        var households = DemoPlaintext.Of(registry);
        var (origin, destination) = (households[0], households[1]);
        var mover = origin.Members[^1];
        await MoveAsync(mover.PublicId, destination.PublicId);
        await ConsentDesk.RecordAsync(registry, origin, "CNSS", "AMO_ELIGIBILITY");
        const string Query = """
            query($id: ID!) { household(id: $id, purpose: "AMO_ELIGIBILITY") {
              latestDeclaration { memberSituations { person { id nationalId household { id members { person { nationalId } } } } } } } }
            """;

        var agency = await registry.CreateClient(TestPrincipals.Agency("CNSS")).PostGraphQLAsync(Query, new { id = origin.PublicId });
        var citizen = await registry.CreateClient(TestPrincipals.Citizen(origin.Members[0].PublicId)).PostGraphQLAsync(
            "{ me { household { declarations { memberSituations { person { household { id address } } } } } } }");

        Assert.Empty(agency.ErrorCodes);
        Assert.Empty(citizen.ErrorCodes);
        SensitiveValues.AssertNoneIn(agency.Body + citizen.Body, destination);
        Assert.DoesNotContain(destination.PublicId, agency.Body + citizen.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(mover.PublicId, agency.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_given_as_a_variable_default_is_checked_like_a_literal()
    {
        var response = await registry.CreateClient(TestPrincipals.Agency("MENPS")).PostGraphQLAsync(
            "query($f: HouseholdFilterInput = { status: ACTIVE }) { households(purpose: \"TAYSSIR_ELIGIBILITY\", filter: $f) { totalCount } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("Household.status", response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_purpose_given_as_a_variable_default_counts()
    {
        var household = DemoPlaintext.Of(registry)[0];

        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "query($id: ID!, $p: String = \"ASD_ELIGIBILITY\") { household(id: $id, purpose: $p) { id } }", new { id = household.PublicId });

        Assert.Empty(response.ErrorCodes);
    }

    [Fact]
    public async Task Probing_for_people_who_are_not_there_is_logged()
    {
        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "{ personByNationalId(nationalId: \"ZZ999999\", purpose: \"ASD_ELIGIBILITY\") { id } }");

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        var entry = Assert.Single(await OfficerLog.EntriesAsync(registry, new { outcome = "DENIED" }));
        Assert.Equal("NOT_FOUND", entry.GetProperty("reason").GetString());
        Assert.DoesNotContain("ZZ999999", entry.GetRawText(), StringComparison.Ordinal);
    }

    public void Dispose() => registry.Dispose();

    private async Task MoveAsync(string personPublicId, string householdPublicId)
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var current = await db.Memberships.SingleAsync(m => m.Person!.PublicId == personPublicId && m.EndDate == null);
        current.EndDate = DateOnly.FromDateTime(DateTime.UtcNow);
        await db.SaveChangesAsync();
        var household = await db.Households.SingleAsync(h => h.PublicId == householdPublicId);
        db.Memberships.Add(new Membership { HouseholdId = household.Id, PersonId = current.PersonId, Relationship = Relationship.OtherRelative, StartDate = current.EndDate.Value });
        await db.SaveChangesAsync();
    }
}
