using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.DemoData;

/// <summary>
/// The demo household every example of README.md and docs/ uses: written first on every fresh
/// registry, with the same identifiers whatever the seed, so a reader can type the examples as
/// they are. Synthetic like the rest of the demo data: no real person has these names or numbers.
/// </summary>
public static class TourHousehold
{
    /// <summary>The household's public id, as the docs print it.</summary>
    public const string PublicId = "hh_0000000000000001";

    /// <summary>The head's public id: the citizen of the tour.</summary>
    public const string HeadPublicId = "p_0000000000000001";

    /// <summary>The head's national ID (CNIE): the first demo identifier (ordinal 0).</summary>
    public const string HeadNationalId = "AA234567";

    /// <summary>The second child's public id: the member the docs' departure example moves out.</summary>
    public const string SecondChildPublicId = "p_0000000000000004";

    private static readonly DateOnly Today = new(2025, 6, 30);

    /// <summary>The household, its persons numbered from <paramref name="firstPersonOrdinal"/> (0 on a fresh registry).</summary>
    public static DemoHousehold Create(long firstPersonOrdinal)
    {
        List<DemoPerson> members =
        [
            Person(firstPersonOrdinal, HeadPublicId, new("Ahmed", "أحمد"), new DateOnly(1979, 3, 14), Sex.Male, Relationship.Head, EducationLevel.Primary, false, EmploymentStatus.SelfEmployed),
            Person(firstPersonOrdinal + 1, "p_0000000000000002", new("Khadija", "خديجة"), new DateOnly(1983, 11, 2), Sex.Female, Relationship.Spouse, EducationLevel.Primary, false, EmploymentStatus.Homemaker, new("El Idrissi", "الإدريسي")),
            Person(firstPersonOrdinal + 2, "p_0000000000000003", new("Youssef", "يوسف"), new DateOnly(2012, 9, 21), Sex.Male, Relationship.Child, EducationLevel.LowerSecondary, true, EmploymentStatus.NotOfWorkingAge),
            Person(firstPersonOrdinal + 3, SecondChildPublicId, new("Salma", "سلمى"), new DateOnly(2018, 4, 10), Sex.Female, Relationship.Child, EducationLevel.Primary, true, EmploymentStatus.NotOfWorkingAge),
        ];

        // The first demo identifier belongs to the head only on a fresh registry; the docs assume one.
        if (firstPersonOrdinal == 0 && members[0].NationalId != HeadNationalId)
        {
            throw new InvalidOperationException("The tour's national ID no longer matches the first demo identifier.");
        }

        return new DemoHousehold(
            PublicId,
            "04",
            "04.441",
            "04.441.12",
            Milieu.Urban,
            "N° 17, Rue Oued Sebou, Hay Karima, Salé",
            "0612345678",
            new DateTimeOffset(2023, 3, 6, 9, 30, 0, TimeSpan.Zero),
            members,
            new Declaration
            {
                Version = 1,
                DwellingType = DwellingType.TraditionalHouse,
                Rooms = 2,
                Tenure = Tenure.Tenant,
                WaterSource = WaterSource.PipedIntoDwelling,
                HasElectricity = true,
                Sanitation = Sanitation.PublicSewer,
                CookingFuel = CookingFuel.Butane,
                DurableGoods = DurableGoods.Television | DurableGoods.Refrigerator,
                AnnualWaterElectricitySpending = 1900m,
                AnnualButaneSpending = 540m,
                AnnualPhoneSpending = 600m,
                MemberSituations = [.. members.Select(m => m.Situation)],
                Source = DeclarationSource.Operator,
                SubmittedBy = "demo-seed",
            });
    }

    private static readonly Name FamilyName = new("Bennani", "بناني");

    private static DemoPerson Person(long ordinal, string publicId, Name firstName, DateOnly birthDate, Sex sex, Relationship relationship, EducationLevel education, bool inSchool, EmploymentStatus employment, Name? lastName = null) =>
        new(
            publicId,
            Today.Year - birthDate.Year >= 18 ? DemoIdentifiers.NationalId(ordinal) : null,
            DemoIdentifiers.Idcs(ordinal),
            firstName,
            lastName ?? FamilyName,
            birthDate,
            sex,
            Disability.None,
            relationship,
            new MemberSituation
            {
                PersonPublicId = publicId,
                EducationLevel = education,
                EnrolledInSchool = inSchool,
                EmploymentStatus = employment,
                HasHealthCoverage = false,
            });
}
