using GraphRegistry.Api.Data;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Declarations;

/// <summary>A new declaration is a new version: the old one stays, the household is scored again and is no longer due for an update.</summary>
public sealed class DeclarationTests : IDisposable
{
    private const string Submit = """
        mutation Declare($household: ID!, $input: DeclarationInput!) { submitDeclaration(household: $household, input: $input) { version source rooms } }
        """;

    private const string Read = """
        query($id: ID!) { household(id: $id) { lastDeclarationAt updateDue declarations { version rooms } history { field oldValue newValue reason } } }
        """;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development");

    [Fact]
    public async Task An_operator_declares_a_new_version_which_keeps_the_old_one_and_rescores()
    {
        var household = DemoPlaintext.Of(registry)[0];
        var operatorClient = registry.CreateClient(TestPrincipals.Operator);
        var before = await operatorClient.PostGraphQLAsync(Read, new { id = household.PublicId });
        var due = await DueCountAsync(operatorClient);

        var response = await operatorClient.PostGraphQLAsync(Submit, new { household = household.PublicId, input = Declaration(household, rooms: 7) });
        var after = await operatorClient.PostGraphQLAsync(Read, new { id = household.PublicId });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(2, response.Data.GetProperty("submitDeclaration").GetProperty("version").GetInt32());
        Assert.Equal("OPERATOR", response.Data.GetProperty("submitDeclaration").GetProperty("source").GetString());
        var versions = after.Data.GetProperty("household").GetProperty("declarations").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(household.Declaration.Rooms, versions[1].GetProperty("rooms").GetInt32());
        Assert.True(after.Data.GetProperty("household").GetProperty("lastDeclarationAt").GetDateTimeOffset() > before.Data.GetProperty("household").GetProperty("lastDeclarationAt").GetDateTimeOffset());
        Assert.True(before.Data.GetProperty("household").GetProperty("updateDue").GetBoolean());
        Assert.False(after.Data.GetProperty("household").GetProperty("updateDue").GetBoolean());
        Assert.Equal(due - 1, await DueCountAsync(operatorClient));
        var change = Assert.Single(after.Data.GetProperty("household").GetProperty("history").EnumerateArray());
        Assert.Equal(("Household.latestDeclaration", "v1", "v2", "DECLARATION"), (change.GetProperty("field").GetString(), change.GetProperty("oldValue").GetString(), change.GetProperty("newValue").GetString(), change.GetProperty("reason").GetString()));

        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var id = await db.Households.Where(h => h.PublicId == household.PublicId).Select(h => h.Id).SingleAsync();
        var scores = await db.ScoreComputations.Where(s => s.HouseholdId == id).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal((2, ScoreTrigger.Update), (scores[^1].DeclarationVersion, scores[^1].Trigger));
        Assert.Equal(1, scores[0].DeclarationVersion);
    }

    [Fact]
    public async Task A_citizen_declares_for_their_own_household()
    {
        var household = DemoPlaintext.Of(registry)[1];
        var citizen = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));

        var response = await citizen.PostGraphQLAsync("mutation($input: DeclarationInput!) { me { submitDeclaration(input: $input) { version source } } }", new { input = Declaration(household, rooms: 2) });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal("SELF", response.Data.GetProperty("me").GetProperty("submitDeclaration").GetProperty("source").GetString());
        var entry = Assert.Single(await OfficerLog.EntriesAsync(registry), e => e.GetProperty("principalKind").GetString() == "CITIZEN");
        Assert.Equal("DATA_SUBJECT", entry.GetProperty("basis").GetString());
        Assert.Contains(household.PublicId, entry.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("stranger", "NOT_A_MEMBER")]
    [InlineData("missing", "INVALID_DECLARATION")]
    [InlineData("rooms", "INVALID_DECLARATION")]
    public async Task A_bad_declaration_writes_nothing(string problem, string code)
    {
        var households = DemoPlaintext.Of(registry);
        var input = Declaration(households[2], rooms: problem == "rooms" ? 99 : 3);
        var members = (List<Dictionary<string, object?>>)input["members"]!;
        if (problem == "stranger")
        {
            members.Add(new() { ["person"] = households[0].Members[0].PublicId, ["situation"] = HouseholdInputBuilder.Situation() });
        }
        else if (problem == "missing")
        {
            members.RemoveAt(0);
        }

        var before = await RegistryCounts.OfAsync(registry);
        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(Submit, new { household = households[2].PublicId, input });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(before, await RegistryCounts.OfAsync(registry));
    }

    [Fact]
    public async Task Agencies_and_officers_neither_declare_nor_see_who_is_due()
    {
        var household = DemoPlaintext.Of(registry)[0];
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));

        var declare = await cnss.PostGraphQLAsync(Submit, new { household = household.PublicId, input = Declaration(household) });
        var officer = await registry.CreateClient(TestPrincipals.Officer).PostGraphQLAsync(Submit, new { household = household.PublicId, input = Declaration(household) });
        var filter = await cnss.PostGraphQLAsync("{ households(first: 5, purpose: \"AMO_ELIGIBILITY\", filter: { dueForUpdate: true }) { totalCount } }");
        var field = await cnss.PostGraphQLAsync("query($id: ID!) { household(id: $id, purpose: \"AMO_ELIGIBILITY\") { updateDue } }", new { id = household.PublicId });

        Assert.Equal(["FORBIDDEN_FIELD"], declare.ErrorCodes.Distinct());
        Assert.Equal(["FORBIDDEN_FIELD"], officer.ErrorCodes.Distinct());
        Assert.Equal(["FORBIDDEN_FIELD"], filter.ErrorCodes.Distinct());
        Assert.Equal(["FORBIDDEN_FIELD"], field.ErrorCodes.Distinct());
    }

    public void Dispose() => registry.Dispose();

    public static Dictionary<string, object?> Declaration(DemoHousehold household, int rooms = 3) => new()
    {
        ["housing"] = HouseholdInputBuilder.Housing(rooms),
        ["members"] = household.Members.Select(m => new Dictionary<string, object?> { ["person"] = m.PublicId, ["situation"] = HouseholdInputBuilder.Situation() }).ToList(),
    };

    private static async Task<int> DueCountAsync(HttpClient client)
    {
        var response = await client.PostGraphQLAsync("{ households(first: 1, filter: { dueForUpdate: true }) { totalCount } }");
        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        return response.Data.GetProperty("households").GetProperty("totalCount").GetInt32();
    }
}
