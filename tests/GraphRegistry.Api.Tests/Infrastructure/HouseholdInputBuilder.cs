using System.Globalization;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// Registration inputs for the API, as GraphQL variables. Identifiers are outside the demo
/// generator's ranges (national IDs start with "ZT", IDCS with "0") and unique in the process;
/// their personal values are made up here and therefore never go into a snapshot.
/// </summary>
public sealed class HouseholdInputBuilder
{
    private static int LastOrdinal = 100;

    private readonly List<Dictionary<string, object?>> members = [];
    private int rooms = 3;

    public static string NewNationalId() => $"ZT{Interlocked.Increment(ref LastOrdinal):D6}";

    public static string NewIdcs() => $"0{Interlocked.Increment(ref LastOrdinal):D8}";

    public HouseholdInputBuilder WithHead(string? nationalId = null) => With(Member("HEAD", nationalId ?? NewNationalId()));

    public HouseholdInputBuilder WithMember(string relationship = "CHILD", string? nationalId = null, string? idcs = null, string birthDate = "2012-03-04") =>
        With(Member(relationship, nationalId, idcs ?? (nationalId is null ? NewIdcs() : null), birthDate));

    public HouseholdInputBuilder With(Dictionary<string, object?> member)
    {
        members.Add(member);
        return this;
    }

    public HouseholdInputBuilder WithRooms(int count)
    {
        rooms = count;
        return this;
    }

    public Dictionary<string, object?> Build() => new()
    {
        ["region"] = "04",
        ["province"] = "04.421",
        ["commune"] = "04.421.07",
        ["milieu"] = "URBAN",
        ["address"] = "12 rue des Tests, Rabat",
        ["phone"] = "0612345678",
        ["members"] = members,
        ["housing"] = Housing(rooms),
    };

    public static Dictionary<string, object?> Member(string relationship, string? nationalId = null, string? idcs = null, string birthDate = "1980-05-06") => new()
    {
        ["nationalId"] = nationalId,
        ["idcs"] = idcs,
        ["firstNameLatin"] = "Testa",
        ["lastNameLatin"] = "Registrova",
        ["firstNameArabic"] = "تستة",
        ["lastNameArabic"] = "مسجلة",
        ["birthDate"] = birthDate,
        ["sex"] = "FEMALE",
        ["relationship"] = relationship,
        ["situation"] = Situation(),
    };

    public static Dictionary<string, object?> Situation(bool covered = false) => new()
    {
        ["educationLevel"] = "PRIMARY",
        ["enrolledInSchool"] = false,
        ["employmentStatus"] = "SELF_EMPLOYED",
        ["hasHealthCoverage"] = covered,
    };

    public static Dictionary<string, object?> Housing(int rooms = 3, bool electricity = true) => new()
    {
        ["dwellingType"] = "TRADITIONAL_HOUSE",
        ["rooms"] = rooms,
        ["tenure"] = "TENANT",
        ["waterSource"] = "PIPED_INTO_DWELLING",
        ["hasElectricity"] = electricity,
        ["sanitation"] = "PUBLIC_SEWER",
        ["cookingFuel"] = "BUTANE",
        ["durableGoods"] = new[] { "REFRIGERATOR", "TELEVISION" },
        ["annualWaterElectricitySpending"] = 2400,
        ["annualButaneSpending"] = 600,
        ["annualPhoneSpending"] = 1200,
    };

    /// <summary>Today's date as the API's Date scalar, moved by <paramref name="days"/>.</summary>
    public static string Day(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
