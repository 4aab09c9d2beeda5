using GraphRegistry.Api.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphRegistry.Api.Tests.Registration;

/// <summary>Every bad registration is refused with its own code, and not one row is written, not even half a household.</summary>
public sealed class RegistrationBadInputTests : IDisposable
{
    private const string Register = "mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }";

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 2, ownsDirectory: true, "Development");

    public static TheoryData<string, string> Cases => new()
    {
        { "malformed_national_id", "INVALID_IDENTIFIER" },
        { "malformed_idcs", "INVALID_IDENTIFIER" },
        { "no_identifier", "INVALID_IDENTIFIER" },
        { "birth_date_in_the_future", "INVALID_DATE" },
        { "no_head", "INVALID_COMPOSITION" },
        { "two_heads", "INVALID_COMPOSITION" },
        { "national_id_of_another_household", "DUPLICATE" },
        { "idcs_of_another_household", "DUPLICATE" },
        { "same_national_id_twice", "DUPLICATE" },
        { "impossible_declaration", "INVALID_DECLARATION" },
        { "unknown_region", "INVALID_ARGUMENT" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_registration_is_refused_and_writes_nothing(string name, string code)
    {
        var input = Build(name, DemoPlaintext.Of(registry)[1]);
        var before = await RegistryCounts.OfAsync(registry);

        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(Register, new { input });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(before, await RegistryCounts.OfAsync(registry));
        Snapshot.Match(response.Indented(), SnapshotNameExtension.Create(name));
    }

    public void Dispose() => registry.Dispose();

    // The bad member comes after a sound head, so a registration written member by member would leave a head behind.
    private static Dictionary<string, object?> Build(string name, DemoData.DemoHousehold other)
    {
        var builder = new HouseholdInputBuilder();
        switch (name)
        {
            case "malformed_national_id":
                return builder.WithHead().WithMember("SPOUSE", nationalId: "12-34").Build();
            case "malformed_idcs":
                return builder.WithHead().WithMember("CHILD", idcs: "12AB").Build();
            case "no_identifier":
                return builder.WithHead().With(HouseholdInputBuilder.Member("CHILD")).Build();
            case "birth_date_in_the_future":
                return builder.WithHead().WithMember("CHILD", birthDate: HouseholdInputBuilder.Day(3)).Build();
            case "no_head":
                return builder.WithMember("SPOUSE", HouseholdInputBuilder.NewNationalId()).WithMember("CHILD").Build();
            case "two_heads":
                return builder.WithHead().WithHead().Build();
            case "national_id_of_another_household":
                return builder.WithHead().WithMember("SPOUSE", nationalId: other.Members.First(m => m.NationalId is not null).NationalId).Build();
            case "idcs_of_another_household":
                return builder.WithHead().WithMember("CHILD", idcs: other.Members[^1].Idcs).Build();
            case "same_national_id_twice":
                var card = HouseholdInputBuilder.NewNationalId();
                return builder.WithHead(card).WithMember("SPOUSE", nationalId: card).Build();
            case "impossible_declaration":
                return builder.WithHead().WithRooms(0).Build();
            default:
                var input = builder.WithHead().Build();
                input["region"] = "13";
                return input;
        }
    }
}
