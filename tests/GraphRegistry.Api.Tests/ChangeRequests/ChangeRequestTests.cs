using GraphRegistry.Api.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphRegistry.Api.Tests.ChangeRequests;

/// <summary>The right to rectification: a citizen asks, an operator reviews and applies, the citizen follows it on <c>me</c>.</summary>
public sealed class ChangeRequestTests : IDisposable
{
    private const string Draft = "mutation Draft($input: ChangeRequestInput!) { me { requestChange(input: $input) { id field status oldValue newValue } } }";
    private const string SubmitRequest = "mutation($id: ID!) { me { submitChangeRequest(id: $id) { status } } }";
    private const string Review = "mutation($id: ID!, $decision: ChangeDecision!) { reviewChangeRequest(id: $id, decision: $decision) { status } }";
    private const string Apply = "mutation($id: ID!) { applyChangeRequest(id: $id) { status } }";

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development");

    [Fact]
    public async Task A_correction_goes_from_draft_to_applied_and_is_kept_in_the_history()
    {
        var household = DemoPlaintext.Of(registry)[0];
        var citizen = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        var operatorClient = registry.CreateClient(TestPrincipals.Operator);

        var draft = await citizen.PostGraphQLAsync(Draft, new { input = new { field = "Household.address", newValue = "5 avenue Rectifiee, Rabat" } });
        var id = draft.Data.GetProperty("me").GetProperty("requestChange").GetProperty("id").GetString();
        var queueBefore = await operatorClient.PostGraphQLAsync("{ changeRequests { id } }");
        var submitted = await citizen.PostGraphQLAsync(SubmitRequest, new { id });
        var queue = await operatorClient.PostGraphQLAsync("{ changeRequests { id field status } }");
        var approved = await operatorClient.PostGraphQLAsync(Review, new { id, decision = "APPROVE" });
        var applied = await operatorClient.PostGraphQLAsync(Apply, new { id });
        var household_ = await operatorClient.PostGraphQLAsync("query($id: ID!) { household(id: $id) { address history { recordId field oldValue newValue reason changedBy } } }", new { id = household.PublicId });
        var mine = await citizen.PostGraphQLAsync("{ me { household { address changeRequests { id status appliedAt } } } }");

        var request = draft.Data.GetProperty("me").GetProperty("requestChange");
        Assert.Equal(("DRAFT", household.Address, "5 avenue Rectifiee, Rabat"), (request.GetProperty("status").GetString(), request.GetProperty("oldValue").GetString(), request.GetProperty("newValue").GetString()));
        Assert.Empty(queueBefore.Data.GetProperty("changeRequests").EnumerateArray());
        Assert.Equal("PENDING", submitted.Data.GetProperty("me").GetProperty("submitChangeRequest").GetProperty("status").GetString());
        Assert.Equal(id, Assert.Single(queue.Data.GetProperty("changeRequests").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("APPROVED", approved.Data.GetProperty("reviewChangeRequest").GetProperty("status").GetString());
        Assert.Equal("APPLIED", applied.Data.GetProperty("applyChangeRequest").GetProperty("status").GetString());
        Assert.Equal("5 avenue Rectifiee, Rabat", household_.Data.GetProperty("household").GetProperty("address").GetString());
        var change = Assert.Single(household_.Data.GetProperty("household").GetProperty("history").EnumerateArray());
        Assert.Equal((household.PublicId, "Household.address", household.Address, "5 avenue Rectifiee, Rabat", "CHANGE_REQUEST", "operator:test"), (
            change.GetProperty("recordId").GetString(), change.GetProperty("field").GetString(), change.GetProperty("oldValue").GetString(),
            change.GetProperty("newValue").GetString(), change.GetProperty("reason").GetString(), change.GetProperty("changedBy").GetString()));
        var followed = Assert.Single(mine.Data.GetProperty("me").GetProperty("household").GetProperty("changeRequests").EnumerateArray());
        Assert.Equal("APPLIED", followed.GetProperty("status").GetString());
        Assert.Equal("5 avenue Rectifiee, Rabat", mine.Data.GetProperty("me").GetProperty("household").GetProperty("address").GetString());

        var database = await DatabaseText.ReadAsync(registry);
        Assert.DoesNotContain("Rectifiee", database, StringComparison.Ordinal);
        var entries = await OfficerLog.EntriesAsync(registry);
        Assert.Contains(entries, e => e.GetProperty("operationName").GetString() == "Draft" && e.GetProperty("subjects").EnumerateArray().Any(s => s.GetString() == household.PublicId));
        var seen = await citizen.PostGraphQLAsync("{ me { accessLog(first: 50) { edges { node { who what } } } } }");
        Assert.Contains(seen.Data.GetProperty("me").GetProperty("accessLog").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")), node =>
            node.GetProperty("who").GetString() == "a registry operator" && node.GetProperty("what").EnumerateArray().Any(w => w.GetString() == "the history of changes to your records"));
    }

    [Fact]
    public async Task A_rejected_request_is_never_applied()
    {
        var household = DemoPlaintext.Of(registry)[1];
        var member = household.Members[^1];
        var citizen = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        var operatorClient = registry.CreateClient(TestPrincipals.Operator);

        var draft = await citizen.PostGraphQLAsync(Draft, new { input = new { field = "Person.firstNameLatin", newValue = "Corrigee", person = member.PublicId } });
        var id = draft.Data.GetProperty("me").GetProperty("requestChange").GetProperty("id").GetString();
        var early = await operatorClient.PostGraphQLAsync(Review, new { id, decision = "APPROVE" });
        await citizen.PostGraphQLAsync(SubmitRequest, new { id });
        var rejected = await operatorClient.PostGraphQLAsync(Review, new { id, decision = "REJECT" });
        var applied = await operatorClient.PostGraphQLAsync(Apply, new { id });
        var name = await operatorClient.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Person { firstNameLatin } } }", new { id = member.PublicId });

        Assert.Equal(member.FirstName.Latin, draft.Data.GetProperty("me").GetProperty("requestChange").GetProperty("oldValue").GetString());
        Assert.Equal(["INVALID_STATE"], early.ErrorCodes);
        Assert.Equal("REJECTED", rejected.Data.GetProperty("reviewChangeRequest").GetProperty("status").GetString());
        Assert.Equal(["INVALID_STATE"], applied.ErrorCodes);
        Assert.Equal(member.FirstName.Latin, name.Data.GetProperty("node").GetProperty("firstNameLatin").GetString());
    }

    [Fact]
    public async Task An_applied_birth_date_correction_rescores_the_household()
    {
        var household = DemoPlaintext.Of(registry)[2];
        var citizen = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        var operatorClient = registry.CreateClient(TestPrincipals.Operator);
        var draft = await citizen.PostGraphQLAsync(Draft, new { input = new { field = "Person.birthDate", newValue = "1950-01-01" } });
        var id = draft.Data.GetProperty("me").GetProperty("requestChange").GetProperty("id").GetString();
        await citizen.PostGraphQLAsync(SubmitRequest, new { id });
        await operatorClient.PostGraphQLAsync(Review, new { id, decision = "APPROVE" });
        var scores = (await RegistryCounts.OfAsync(registry)).Scores;

        var applied = await operatorClient.PostGraphQLAsync(Apply, new { id });
        var me = await citizen.PostGraphQLAsync("{ me { birthDate household { score { trigger } } } }");

        Assert.Empty(applied.ErrorCodes);
        Assert.Equal(scores + 1, (await RegistryCounts.OfAsync(registry)).Scores);
        Assert.Equal("1950-01-01", me.Data.GetProperty("me").GetProperty("birthDate").GetString());
        Assert.Equal("UPDATE", me.Data.GetProperty("me").GetProperty("household").GetProperty("score").GetProperty("trigger").GetString());
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "Person.nationalId", "FIELD_NOT_CHANGEABLE" },
        { "Household.status", "FIELD_NOT_CHANGEABLE" },
        { "Person.birthDate:future", "INVALID_DATE" },
        { "Person.firstNameLatin:stranger", "NOT_A_MEMBER" },
        { "Household.phone:letters", "INVALID_ARGUMENT" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_change_request_is_refused_and_writes_nothing(string request, string code)
    {
        var households = DemoPlaintext.Of(registry);
        var citizen = registry.CreateClient(TestPrincipals.Citizen(households[0].Members[0].PublicId));
        var field = request.Split(':')[0];
        var input = request.Split(':').ElementAtOrDefault(1) switch
        {
            "future" => new { field, newValue = HouseholdInputBuilder.Day(10), person = (string?)null },
            "stranger" => new { field, newValue = "Autre", person = (string?)households[1].Members[0].PublicId },
            "letters" => new { field, newValue = "call me maybe", person = (string?)null },
            _ => new { field, newValue = "AB123456", person = (string?)null },
        };
        var before = await RegistryCounts.OfAsync(registry);

        var response = await citizen.PostGraphQLAsync(Draft, new { input });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(before, await RegistryCounts.OfAsync(registry));
        Snapshot.Match(response.Indented(), SnapshotNameExtension.Create(request.Replace(':', '_').Replace('.', '_')));
    }

    [Fact]
    public async Task Only_the_household_s_citizens_and_operators_touch_its_requests()
    {
        var households = DemoPlaintext.Of(registry);
        var owner = registry.CreateClient(TestPrincipals.Citizen(households[0].Members[0].PublicId));
        var draft = await owner.PostGraphQLAsync(Draft, new { input = new { field = "Household.phone", newValue = "0700000000" } });
        var id = draft.Data.GetProperty("me").GetProperty("requestChange").GetProperty("id").GetString();

        var stranger = await registry.CreateClient(TestPrincipals.Citizen(households[1].Members[0].PublicId)).PostGraphQLAsync(SubmitRequest, new { id });
        var citizenReview = await owner.PostGraphQLAsync(Review, new { id, decision = "APPROVE" });
        var operatorDraft = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(Draft, new { input = new { field = "Household.phone", newValue = "0700000000" } });
        var agency = await registry.CreateClient(TestPrincipals.Agency("CNSS")).PostGraphQLAsync(
            "query($id: ID!) { household(id: $id, purpose: \"AMO_ELIGIBILITY\") { changeRequests { newValue } } }", new { id = households[0].PublicId });
        var officer = await registry.CreateClient(TestPrincipals.Officer).PostGraphQLAsync("{ changeRequests { id } }");

        Assert.Equal(["NOT_FOUND"], stranger.ErrorCodes);
        Assert.Equal(["FORBIDDEN_FIELD"], citizenReview.ErrorCodes.Distinct());
        Assert.Equal(["FORBIDDEN_FIELD"], operatorDraft.ErrorCodes.Distinct());
        Assert.Equal(["FORBIDDEN_FIELD"], agency.ErrorCodes.Distinct());
        Assert.Equal(["FORBIDDEN_FIELD"], officer.ErrorCodes.Distinct());
    }

    public void Dispose() => registry.Dispose();
}
