using System.Text.Json;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Registration;

/// <summary>An operator registers at a desk, a citizen pre-registers online: everything written at once, encrypted, scored and logged.</summary>
public sealed class RegistrationTests : IDisposable
{
    public const string Register = """
        mutation Register($input: RegisterHouseholdInput!) {
          registerHousehold(input: $input) {
            id status size lastDeclarationAt
            members { relationship person { id firstNameLatin nationalId idcs } }
            latestDeclaration { version source rooms }
            score { finalScore }
          }
        }
        """;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 2, ownsDirectory: true, "Development");

    [Fact]
    public async Task An_operator_registers_a_household_with_its_members_first_declaration_and_score()
    {
        var card = HouseholdInputBuilder.NewNationalId();
        var input = new HouseholdInputBuilder().WithHead(card).WithMember("SPOUSE", HouseholdInputBuilder.NewNationalId()).WithMember("CHILD").Build();

        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(Register, new { input });

        Assert.Empty(response.ErrorCodes);
        var household = response.Data.GetProperty("registerHousehold");
        Assert.Equal("ACTIVE", household.GetProperty("status").GetString());
        Assert.Equal(3, household.GetProperty("size").GetInt32());
        Assert.Equal(["HEAD", "SPOUSE", "CHILD"], household.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("relationship").GetString()));
        Assert.Equal(card, household.GetProperty("members")[0].GetProperty("person").GetProperty("nationalId").GetString());
        Assert.Equal("Testa", household.GetProperty("members")[0].GetProperty("person").GetProperty("firstNameLatin").GetString());
        Assert.Equal(JsonValueKind.String, household.GetProperty("members")[2].GetProperty("person").GetProperty("idcs").ValueKind);
        Assert.Equal(1, household.GetProperty("latestDeclaration").GetProperty("version").GetInt32());
        Assert.Equal("OPERATOR", household.GetProperty("latestDeclaration").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Number, household.GetProperty("score").GetProperty("finalScore").ValueKind);

        var entry = Assert.Single(await OfficerLog.EntriesAsync(registry), e => e.GetProperty("operationName").GetString() == "Register");
        Assert.Equal("OPERATOR", entry.GetProperty("principalKind").GetString());
        Assert.Equal("ROLE:OPERATOR", entry.GetProperty("basis").GetString());
        Assert.Contains(household.GetProperty("id").GetString(), entry.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("Person.nationalId", entry.GetProperty("fields").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Registered_identifiers_names_and_address_are_stored_only_encrypted()
    {
        var card = HouseholdInputBuilder.NewNationalId();
        var input = new HouseholdInputBuilder().WithHead(card).Build();
        input["address"] = "77 impasse Chiffree, Sale";

        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }", new { input });

        Assert.Empty(response.ErrorCodes);
        var bytes = await DatabaseText.ReadAsync(registry);
        Assert.DoesNotContain(card, bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("Registrova", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("impasse Chiffree", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_pre_registers_online_becomes_the_head_and_waits_for_verification()
    {
        var personId = PublicId.NewPerson();
        var citizen = registry.CreateClient(TestPrincipals.Citizen(personId));
        var input = new HouseholdInputBuilder().WithHead().WithMember("CHILD").Build();

        var response = await citizen.PostGraphQLAsync("mutation($input: RegisterHouseholdInput!) { me { preRegister(input: $input) { status latestDeclaration { source } } } }", new { input });
        var me = await citizen.PostGraphQLAsync("{ me { id membership { relationship } household { size status } } }");
        var again = await citizen.PostGraphQLAsync("mutation($input: RegisterHouseholdInput!) { me { preRegister(input: $input) { status } } }", new { input = new HouseholdInputBuilder().WithHead().Build() });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal("PENDING_VERIFICATION", response.Data.GetProperty("me").GetProperty("preRegister").GetProperty("status").GetString());
        Assert.Equal("SELF", response.Data.GetProperty("me").GetProperty("preRegister").GetProperty("latestDeclaration").GetProperty("source").GetString());
        Assert.Equal(personId, me.Data.GetProperty("me").GetProperty("id").GetString());
        Assert.Equal("HEAD", me.Data.GetProperty("me").GetProperty("membership").GetProperty("relationship").GetString());
        Assert.Equal(2, me.Data.GetProperty("me").GetProperty("household").GetProperty("size").GetInt32());
        Assert.Equal(["DUPLICATE"], again.ErrorCodes);
    }

    public static TheoryData<string> Refused => ["officer", "admin", "agency", "citizen"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Only_operators_register_at_the_desk(string who)
    {
        var principal = who switch
        {
            "officer" => TestPrincipals.Officer,
            "admin" => TestPrincipals.Admin,
            "agency" => TestPrincipals.Agency("CNSS"),
            _ => TestPrincipals.Citizen(DemoPlaintext.Of(registry)[0].Members[0].PublicId),
        };
        _ = registry.CreateClient();
        var before = await RegistryCounts.OfAsync(registry);

        var response = await registry.CreateClient(principal).PostGraphQLAsync(Register, new { input = new HouseholdInputBuilder().WithHead().Build() });

        Assert.Equal(["FORBIDDEN_FIELD"], response.ErrorCodes.Distinct());
        Assert.Equal(before, await RegistryCounts.OfAsync(registry));
    }

    [Fact]
    public async Task Operators_do_not_pre_register_as_citizens()
    {
        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(
            "mutation($input: RegisterHouseholdInput!) { me { preRegister(input: $input) { status } } }", new { input = new HouseholdInputBuilder().WithHead().Build() });

        Assert.Equal(["FORBIDDEN_FIELD"], response.ErrorCodes.Distinct());
    }

    public void Dispose() => registry.Dispose();
}
