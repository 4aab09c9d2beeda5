using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Members;

/// <summary>Births, marriages, departures and deaths: memberships start and end with dates, and nothing is deleted.</summary>
public sealed class MembershipChangeTests : IDisposable
{
    private const string Add = "mutation($input: AddMemberInput!) { addMember(input: $input) { relationship startDate person { id } } }";
    private const string Remove = "mutation($input: RemoveMemberInput!) { removeMember(input: $input) { relationship endDate person { id deathDate } } }";
    private const string Members = "query($id: ID!) { household(id: $id) { status size members { relationship person { id } } history { recordId field reason } } }";

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 6, ownsDirectory: true, "Development");

    [Fact]
    public async Task A_birth_adds_a_child_and_a_death_ends_a_membership_with_its_date()
    {
        var household = DemoPlaintext.Of(registry).First(h => h.Members.Count >= 2);
        var client = registry.CreateClient(TestPrincipals.Operator);
        var today = HouseholdInputBuilder.Day();

        var birth = await client.PostGraphQLAsync(Add, new { input = new { household = household.PublicId, @event = "BIRTH", date = today, member = HouseholdInputBuilder.Member("CHILD", idcs: HouseholdInputBuilder.NewIdcs(), birthDate: today) } });
        var deceased = household.Members[^1].PublicId;
        var death = await client.PostGraphQLAsync(Remove, new { input = new { household = household.PublicId, person = deceased, @event = "DEATH", date = today } });
        var after = await client.PostGraphQLAsync(Members, new { id = household.PublicId });

        Assert.Empty(birth.ErrorCodes);
        Assert.Equal("CHILD", birth.Data.GetProperty("addMember").GetProperty("relationship").GetString());
        Assert.Empty(death.ErrorCodes);
        Assert.Equal(today, death.Data.GetProperty("removeMember").GetProperty("endDate").GetString());
        Assert.Equal(today, death.Data.GetProperty("removeMember").GetProperty("person").GetProperty("deathDate").GetString());
        var current = after.Data.GetProperty("household").GetProperty("members").EnumerateArray().Select(m => m.GetProperty("person").GetProperty("id").GetString()).ToList();
        Assert.Equal(household.Members.Count, current.Count);
        Assert.DoesNotContain(deceased, current);
        Assert.Contains(birth.Data.GetProperty("addMember").GetProperty("person").GetProperty("id").GetString(), current);
        var history = after.Data.GetProperty("household").GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("recordId").GetString(), h.GetProperty("field").GetString(), h.GetProperty("reason").GetString())).ToList();
        Assert.Contains((deceased, "Person.deathDate", "MEMBERSHIP_CHANGE"), history);
        Assert.Contains((deceased, "Household.members", "MEMBERSHIP_CHANGE"), history);
    }

    [Fact]
    public async Task A_person_who_left_one_household_marries_into_another_with_the_same_record()
    {
        var households = DemoPlaintext.Of(registry);
        var (from, to) = (households.First(h => h.Members.Count >= 2 && h.Members[1].NationalId is not null), households.Last());
        var spouse = from.Members[1];
        var client = registry.CreateClient(TestPrincipals.Operator);
        var joining = HouseholdInputBuilder.Member("SPOUSE", nationalId: spouse.NationalId, birthDate: spouse.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var whileMember = await client.PostGraphQLAsync(Add, new { input = new { household = to.PublicId, @event = "MARRIAGE", date = HouseholdInputBuilder.Day(), member = joining } });
        var departure = await client.PostGraphQLAsync(Remove, new { input = new { household = from.PublicId, person = spouse.PublicId, @event = "DEPARTURE", date = HouseholdInputBuilder.Day() } });
        var marriage = await client.PostGraphQLAsync(Add, new { input = new { household = to.PublicId, @event = "MARRIAGE", date = HouseholdInputBuilder.Day(), member = joining } });

        Assert.Equal(["ALREADY_IN_HOUSEHOLD"], whileMember.ErrorCodes);
        Assert.Empty(departure.ErrorCodes);
        Assert.Empty(marriage.ErrorCodes);
        Assert.Equal(spouse.PublicId, marriage.Data.GetProperty("addMember").GetProperty("person").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_head_leaves_only_with_a_new_head_named()
    {
        var household = DemoPlaintext.Of(registry).First(h => h.Members.Count >= 3);
        var head = household.Members.Single(m => m.Relationship == Api.Members.Relationship.Head);
        var successor = household.Members.First(m => m != head);
        var client = registry.CreateClient(TestPrincipals.Operator);
        var before = await RegistryCounts.OfAsync(registry);

        var headless = await client.PostGraphQLAsync(Remove, new { input = new { household = household.PublicId, person = head.PublicId, @event = "DEPARTURE", date = HouseholdInputBuilder.Day() } });
        var unchanged = await RegistryCounts.OfAsync(registry);
        var handover = await client.PostGraphQLAsync(Remove, new { input = new { household = household.PublicId, person = head.PublicId, @event = "DEPARTURE", date = HouseholdInputBuilder.Day(), newHead = successor.PublicId } });
        var after = await client.PostGraphQLAsync(Members, new { id = household.PublicId });

        Assert.Equal(["INVALID_COMPOSITION"], headless.ErrorCodes);
        Assert.Equal(before, unchanged);
        Assert.Empty(handover.ErrorCodes);
        var members = after.Data.GetProperty("household").GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(successor.PublicId, members.Single(m => m.GetProperty("relationship").GetString() == "HEAD").GetProperty("person").GetProperty("id").GetString());
    }

    [Fact]
    public async Task When_the_last_member_leaves_the_household_is_radiated()
    {
        var household = DemoPlaintext.Of(registry).First(h => h.Members.Count == 1);
        var client = registry.CreateClient(TestPrincipals.Operator);

        var response = await client.PostGraphQLAsync(Remove, new { input = new { household = household.PublicId, person = household.Members[0].PublicId, @event = "DEPARTURE", date = HouseholdInputBuilder.Day() } });
        var after = await client.PostGraphQLAsync(Members, new { id = household.PublicId });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal("RADIATED", after.Data.GetProperty("household").GetProperty("status").GetString());
        Assert.Equal(0, after.Data.GetProperty("household").GetProperty("size").GetInt32());
    }

    public static TheoryData<string, string> BadChanges => new()
    {
        { "remove_a_member_of_another_household", "NOT_A_MEMBER" },
        { "remove_with_a_future_date", "INVALID_DATE" },
        { "remove_by_birth", "INVALID_ARGUMENT" },
        { "add_a_second_head", "INVALID_COMPOSITION" },
        { "add_a_child_born_tomorrow", "INVALID_DATE" },
        { "add_a_malformed_idcs", "INVALID_IDENTIFIER" },
        { "add_a_registered_person", "ALREADY_IN_HOUSEHOLD" },
    };

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task A_bad_membership_change_is_refused_and_writes_nothing(string name, string code)
    {
        var households = DemoPlaintext.Of(registry);
        var (household, other) = (households[0], households[1]);
        var member = household.Members[0].PublicId;
        var (query, input) = name switch
        {
            "remove_a_member_of_another_household" => (Remove, (object)new { household = household.PublicId, person = other.Members[0].PublicId, @event = "DEPARTURE", date = HouseholdInputBuilder.Day() }),
            "remove_with_a_future_date" => (Remove, new { household = household.PublicId, person = member, @event = "DEPARTURE", date = HouseholdInputBuilder.Day(2) }),
            "remove_by_birth" => (Remove, new { household = household.PublicId, person = member, @event = "BIRTH", date = HouseholdInputBuilder.Day() }),
            "add_a_second_head" => (Add, new { household = household.PublicId, @event = "ARRIVAL", date = HouseholdInputBuilder.Day(), member = HouseholdInputBuilder.Member("HEAD", HouseholdInputBuilder.NewNationalId()) }),
            "add_a_child_born_tomorrow" => (Add, new { household = household.PublicId, @event = "BIRTH", date = HouseholdInputBuilder.Day(), member = HouseholdInputBuilder.Member("CHILD", idcs: HouseholdInputBuilder.NewIdcs(), birthDate: HouseholdInputBuilder.Day(1)) }),
            "add_a_malformed_idcs" => (Add, new { household = household.PublicId, @event = "BIRTH", date = HouseholdInputBuilder.Day(), member = HouseholdInputBuilder.Member("CHILD", idcs: "1234") }),
            _ => (Add, new { household = household.PublicId, @event = "ARRIVAL", date = HouseholdInputBuilder.Day(), member = HouseholdInputBuilder.Member("OTHER_RELATIVE", idcs: other.Members[0].Idcs) }),
        };
        _ = registry.CreateClient();
        var before = await RegistryCounts.OfAsync(registry);

        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(query, new { input });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(before, await RegistryCounts.OfAsync(registry));
    }

    [Fact]
    public async Task Citizens_and_agencies_do_not_change_memberships()
    {
        var household = DemoPlaintext.Of(registry)[0];
        var input = new { household = household.PublicId, person = household.Members[0].PublicId, @event = "DEPARTURE", date = HouseholdInputBuilder.Day() };

        var citizen = await registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId)).PostGraphQLAsync(Remove, new { input });
        var agency = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(Remove, new { input });

        Assert.Equal(["FORBIDDEN_FIELD"], citizen.ErrorCodes.Distinct());
        Assert.Equal(["FORBIDDEN_FIELD"], agency.ErrorCodes.Distinct());
    }

    public void Dispose() => registry.Dispose();
}
