using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.DemoData;

/// <summary>
/// Deterministic synthetic households shaped like the population: regional weights, urban and
/// rural milieus, household sizes, ages, and dwellings that follow a hidden living standard.
/// The same seed and ordinals always give the same households, so tests can regenerate the
/// plaintext they expect. Identifiers come from a permutation of the person's ordinal, so
/// successive seeding runs never collide. A fresh registry's first household is the tour's
/// (<see cref="TourHousehold"/>), the one the docs use.
/// </summary>
public sealed class DemoHouseholdGenerator
{
    private static readonly DateOnly Today = new(2025, 6, 30);
    private static readonly DateTimeOffset RegistrationStart = new(2023, 1, 2, 8, 0, 0, TimeSpan.Zero);

    // Approximate share of households per region (census 2024), in Regions.All order.
    private static readonly double[] RegionWeights = [10.5, 6.8, 12.5, 13.5, 7.4, 20.0, 13.5, 4.8, 8.0, 1.2, 1.1, 0.4];

    private readonly Random random;
    private readonly bool tourFirst;
    private long nextPersonOrdinal;

    public DemoHouseholdGenerator(int seed, long firstHouseholdOrdinal, long firstPersonOrdinal)
    {
        // Not HashCode.Combine: it is randomised per process, and the demo data must not be.
        random = new Random(unchecked((seed * 1_000_003) + (int)firstHouseholdOrdinal));
        nextPersonOrdinal = firstPersonOrdinal;
        tourFirst = firstHouseholdOrdinal == 0;
    }

    public IEnumerable<DemoHousehold> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return i == 0 && tourFirst ? NextTourHousehold() : NextHousehold();
        }
    }

    private DemoHousehold NextHousehold()
    {
        var region = Regions.All[PickWeighted(RegionWeights)];
        var province = region.Provinces[random.Next(region.Provinces.Count)];
        var milieu = random.NextDouble() < province.UrbanShare ? Milieu.Urban : Milieu.Rural;
        var commune = $"{province.Code}.{random.Next(1, 40):D2}";

        // A hidden living standard in [0, 1) correlates dwelling, goods, spending and schooling.
        var standard = Math.Clamp(random.NextDouble() * (milieu == Milieu.Urban ? 1.0 : 0.7) + (milieu == Milieu.Urban ? 0.1 : 0.0), 0, 0.999);
        var familyName = Pick(MoroccanNames.Family);
        var members = NextMembers(milieu, familyName, standard);
        var publicId = PublicId.Create(PublicId.HouseholdPrefix, NextBytes());
        return new DemoHousehold(
            publicId,
            region.Code,
            province.Code,
            commune,
            milieu,
            NextAddress(milieu, province),
            $"0{random.Next(6, 8)}{random.Next(10_000_000, 100_000_000)}",
            RegistrationStart.AddMinutes(random.Next(0, 900 * 24 * 60)),
            members,
            NextDeclaration(milieu, standard, members));
    }

    /// <summary>
    /// The tour's household takes the place of the first random one, which is still drawn so that
    /// every later household (names, dwelling, public ids) is the one earlier seeds gave.
    /// </summary>
    private DemoHousehold NextTourHousehold()
    {
        var first = nextPersonOrdinal;
        _ = NextHousehold();
        var tour = TourHousehold.Create(first);
        nextPersonOrdinal = first + tour.Members.Count;
        return tour;
    }

    private List<DemoPerson> NextMembers(Milieu milieu, Name familyName, double standard)
    {
        var size = NextHouseholdSize(milieu);
        var members = new List<DemoPerson>(size);
        var headIsMale = random.NextDouble() < 0.83;
        var headAge = random.Next(24, 82);
        members.Add(NextPerson(headIsMale ? Sex.Male : Sex.Female, headAge, familyName, Relationship.Head, standard));

        if (size > 1 && random.NextDouble() < 0.8)
        {
            var spouseAge = Math.Clamp(headAge + (headIsMale ? -random.Next(0, 10) : random.Next(0, 10)), 18, 95);
            members.Add(NextPerson(headIsMale ? Sex.Female : Sex.Male, spouseAge, Pick(MoroccanNames.Family), Relationship.Spouse, standard));
        }

        while (members.Count < size)
        {
            if (headAge < 60 && random.NextDouble() < 0.08)
            {
                members.Add(NextPerson(NextSex(), Math.Min(headAge + random.Next(20, 30), 99), familyName, Relationship.Parent, standard));
                continue;
            }

            var childAge = random.Next(0, Math.Max(1, Math.Min(headAge - 17, 35)));
            members.Add(NextPerson(NextSex(), childAge, familyName, Relationship.Child, standard));
        }

        return members;
    }

    private DemoPerson NextPerson(Sex sex, int age, Name lastName, Relationship relationship, double standard)
    {
        var ordinal = nextPersonOrdinal++;
        var birthDate = Today.AddYears(-age).AddDays(-random.Next(0, 365));
        var firstName = Pick(sex == Sex.Male ? MoroccanNames.Male : MoroccanNames.Female);
        var hasCard = age >= 18 || (age >= 12 && random.NextDouble() < 0.3);
        var disability = random.NextDouble() < 0.05 ? (Disability)random.Next(1, 6) : Disability.None;
        var publicId = PublicId.Create(PublicId.PersonPrefix, NextBytes());
        return new DemoPerson(
            publicId,
            hasCard ? DemoIdentifiers.NationalId(ordinal) : null,
            DemoIdentifiers.Idcs(ordinal),
            firstName,
            lastName,
            birthDate,
            sex,
            disability,
            relationship,
            NextSituation(publicId, age, standard, disability));
    }

    private MemberSituation NextSituation(string personPublicId, int age, double standard, Disability disability)
    {
        var inSchool = age is >= 6 and <= 18 && random.NextDouble() < 0.75 + standard * 0.25;
        var education = age switch
        {
            < 4 => EducationLevel.None,
            < 6 => EducationLevel.Preschool,
            < 12 => EducationLevel.Primary,
            < 15 => EducationLevel.LowerSecondary,
            _ => (EducationLevel)Math.Min((int)EducationLevel.Higher, (int)(random.NextDouble() * 3 + standard * 4)),
        };
        var employment = age switch
        {
            < 15 => EmploymentStatus.NotOfWorkingAge,
            _ when inSchool => EmploymentStatus.Student,
            _ when disability != Disability.None && random.NextDouble() < 0.5 => EmploymentStatus.UnableToWork,
            >= 63 => EmploymentStatus.Retired,
            _ => Pick([EmploymentStatus.Employee, EmploymentStatus.SelfEmployed, EmploymentStatus.Farmer, EmploymentStatus.Unemployed, EmploymentStatus.Homemaker]),
        };
        return new MemberSituation
        {
            PersonPublicId = personPublicId,
            EducationLevel = education,
            EnrolledInSchool = inSchool,
            EmploymentStatus = employment,
            HasHealthCoverage = random.NextDouble() < 0.3 + standard * 0.6,
        };
    }

    private Declaration NextDeclaration(Milieu milieu, double standard, List<DemoPerson> members)
    {
        var goods = DurableGoods.None;
        foreach (var (good, threshold) in GoodsByStandard)
        {
            if (standard + random.NextDouble() * 0.3 > threshold)
            {
                goods |= good;
            }
        }

        if (milieu == Milieu.Rural && random.NextDouble() < 0.5)
        {
            goods |= DurableGoods.Livestock;
        }

        var perPerson = 150 + standard * 900;
        return new Declaration
        {
            Version = 1,
            DwellingType = milieu == Milieu.Rural
                ? (standard < 0.15 ? DwellingType.Shack : DwellingType.RuralHouse)
                : standard switch { < 0.12 => DwellingType.Shack, < 0.4 => DwellingType.TraditionalHouse, < 0.75 => DwellingType.ModernHouse, < 0.95 => DwellingType.Apartment, _ => DwellingType.Villa },
            Rooms = Math.Max(1, (int)(1 + standard * 5 + random.NextDouble() * 1.5)),
            Tenure = Pick([Tenure.Owner, Tenure.Owner, Tenure.Tenant, Tenure.HousedFree]),
            WaterSource = milieu == Milieu.Urban || standard > 0.5 ? WaterSource.PipedIntoDwelling : Pick([WaterSource.PublicStandpipe, WaterSource.Well, WaterSource.Spring]),
            HasElectricity = milieu == Milieu.Urban || random.NextDouble() < 0.9,
            Sanitation = milieu == Milieu.Urban ? (standard < 0.15 ? Sanitation.Latrine : Sanitation.PublicSewer) : Pick([Sanitation.SepticTank, Sanitation.Latrine, Sanitation.None]),
            CookingFuel = milieu == Milieu.Rural && standard < 0.3 ? CookingFuel.Wood : CookingFuel.Butane,
            DurableGoods = goods,
            AnnualWaterElectricitySpending = Money(perPerson * members.Count * (milieu == Milieu.Urban ? 1.0 : 0.6)),
            AnnualButaneSpending = Money(40 * 12 * (0.7 + random.NextDouble() * 0.8)),
            AnnualPhoneSpending = Money(members.Count(m => m.Situation.EmploymentStatus != EmploymentStatus.NotOfWorkingAge) * (120 + standard * 1200)),
            MemberSituations = [.. members.Select(m => m.Situation)],
            Source = DeclarationSource.Operator,
            SubmittedBy = "demo-seed",
        };
    }

    private static readonly (DurableGoods Good, double Threshold)[] GoodsByStandard =
    [
        (DurableGoods.Television, 0.1), (DurableGoods.SatelliteDish, 0.2), (DurableGoods.Refrigerator, 0.3),
        (DurableGoods.WashingMachine, 0.6), (DurableGoods.Motorcycle, 0.7), (DurableGoods.Computer, 0.75),
        (DurableGoods.Car, 0.85), (DurableGoods.AirConditioner, 0.95),
    ];

    private string NextAddress(Milieu milieu, Province province) => milieu == Milieu.Urban
        ? $"N° {random.Next(1, 250)}, {Pick(MoroccanNames.Streets)}, {Pick(MoroccanNames.Quarters)}, {province.NameLatin}"
        : $"{Pick(MoroccanNames.Douars)}, Commune {province.NameLatin}";

    private int NextHouseholdSize(Milieu milieu)
    {
        // Mean about 3.9 in towns and 4.6 in the countryside.
        int[] sizes = milieu == Milieu.Urban ? [1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7] : [1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 9];
        return sizes[random.Next(sizes.Length)];
    }

    private Sex NextSex() => random.Next(2) == 0 ? Sex.Female : Sex.Male;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private byte[] NextBytes()
    {
        var bytes = new byte[10];
        random.NextBytes(bytes);
        return bytes;
    }

    private int PickWeighted(double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static decimal Money(double amount) => Math.Round((decimal)amount, 2);
}
