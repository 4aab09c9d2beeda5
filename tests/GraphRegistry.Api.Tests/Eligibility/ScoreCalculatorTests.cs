using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Eligibility.Scoring;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>Golden households whose scores were computed by hand from the model file's coefficients.</summary>
public sealed class ScoreCalculatorTests
{
    private static readonly ScoreModel Model = LoadShippedModel();

    [Fact]
    public void An_urban_household_scores_as_computed_by_hand()
    {
        // Casablanca (06), apartment of 3 rooms, owner, piped water, electricity, sewer, butane;
        // fridge, TV, dish, washing machine; head employee with upper secondary school (12 years),
        // spouse at home, children of 10 (in school) and 4; water+electricity 2,400, butane 600, phone 1,200 a year.
        var input = new ScoringInput(Milieu.Urban, "06", Declaration(DwellingType.Apartment, rooms: 3, Tenure.Owner, WaterSource.PipedIntoDwelling, true, Sanitation.PublicSewer, CookingFuel.Butane,
            DurableGoods.Refrigerator | DurableGoods.Television | DurableGoods.SatelliteDish | DurableGoods.WashingMachine, 2400, 600, 1200),
        [
            Member(Relationship.Head, Sex.Male, 41, EducationLevel.UpperSecondary, EmploymentStatus.Employee, school: false, covered: true),
            Member(Relationship.Spouse, Sex.Female, 37, EducationLevel.Primary, EmploymentStatus.Homemaker, school: false, covered: true),
            Member(Relationship.Child, Sex.Female, 10, EducationLevel.Primary, EmploymentStatus.NotOfWorkingAge, school: true, covered: false),
            Member(Relationship.Child, Sex.Male, 4, EducationLevel.None, EmploymentStatus.NotOfWorkingAge, school: false, covered: false),
        ]);

        // 8.92 constant + 0.05 Casablanca-Settat
        // - 0.07 × 4 members - 0.25 × 2/4 under 15 - 0.06 × 4/3 persons per room
        // + 0.18 apartment + 0.05 owner + 0.06 piped + 0.05 electricity + 0.07 sewer
        // + 0.08 + 0.03 + 0.02 + 0.09 goods + 0.025 × 12 years + 0.06 employee
        // + 0.04 × 1/1 school-age in school + 0.08 × 2/4 covered
        // + 0.05 ln(601) + 0.02 ln(151) + 0.04 ln(301)
        var expected = 8.92 + 0.05 - 0.28 - 0.125 - 0.08 + 0.18 + 0.05 + 0.06 + 0.05 + 0.07 + 0.22 + 0.3 + 0.06 + 0.04 + 0.04
            + (0.05 * Math.Log(601)) + (0.02 * Math.Log(151)) + (0.04 * Math.Log(301));

        var result = ScoreCalculator.Compute(Model, input);

        Assert.Equal(Math.Round(expected, 6), result.Score, 6);
        Assert.Equal(10.20356, result.Score, 6);
        Assert.Equal(ScoreVariables.Names.Count, result.Contributions.Count);
    }

    [Fact]
    public void A_rural_household_scores_as_computed_by_hand()
    {
        // Drâa-Tafilalet (08), rural house of 2 rooms housed free, a well, electricity, no sanitation,
        // wood; TV and livestock; head female, 67, no schooling, retired; a grandson of 15 not in school;
        // water+electricity 300, butane 240, phone 120 a year.
        var input = new ScoringInput(Milieu.Rural, "08", Declaration(DwellingType.RuralHouse, rooms: 2, Tenure.HousedFree, WaterSource.Well, true, Sanitation.None, CookingFuel.Wood,
            DurableGoods.Television | DurableGoods.Livestock, 300, 240, 120),
        [
            Member(Relationship.Head, Sex.Female, 67, EducationLevel.None, EmploymentStatus.Retired, school: false, covered: false),
            Member(Relationship.OtherRelative, Sex.Male, 15, EducationLevel.LowerSecondary, EmploymentStatus.Unemployed, school: false, covered: false),
        ]);

        // 8.85 - 0.07 region - 0.06 × 2 - 0.22 × 0/2 - 0.04 × 1/2 over 60 - 0.05 × 2/2 per room
        // + 0.06 electricity - 0.05 wood + 0.04 TV + 0.05 livestock - 0.02 female head
        // + 0.05 × 0/1 school + 0.04 ln(151) + 0.03 ln(121) + 0.04 ln(61)
        var expected = 8.85 - 0.07 - 0.12 - 0.02 - 0.05 + 0.06 - 0.05 + 0.04 + 0.05 - 0.02
            + (0.04 * Math.Log(151)) + (0.03 * Math.Log(121)) + (0.04 * Math.Log(61));

        var result = ScoreCalculator.Compute(Model, input);

        Assert.Equal(Math.Round(expected, 6), result.Score, 6);
        Assert.Equal(9.179, result.Score, 6);
    }

    [Fact]
    public void A_model_file_missing_a_coefficient_is_refused_naming_it()
    {
        var json = File.ReadAllText(Path.Combine(Infrastructure.RepositoryPaths.Schema, "score-models", "illustrative-2025.1.json"))
            .Replace("\"has_car\": 0.18,", string.Empty, StringComparison.Ordinal);

        var failure = Assert.Throws<InvalidDataException>(() => ScoreModelLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "broken.json"));

        Assert.Contains("RURAL: no coefficient for 'has_car'", failure.Message, StringComparison.Ordinal);
    }

    private static ScoreModel LoadShippedModel()
    {
        using var file = File.OpenRead(Path.Combine(Infrastructure.RepositoryPaths.Schema, "score-models", "illustrative-2025.1.json"));
        return ScoreModelLoader.Load(file, "illustrative-2025.1.json");
    }

    private static Declaration Declaration(DwellingType dwelling, int rooms, Tenure tenure, WaterSource water, bool electricity, Sanitation sanitation, CookingFuel fuel, DurableGoods goods, decimal waterElectricity, decimal butane, decimal phone) => new()
    {
        DwellingType = dwelling,
        Rooms = rooms,
        Tenure = tenure,
        WaterSource = water,
        HasElectricity = electricity,
        Sanitation = sanitation,
        CookingFuel = fuel,
        DurableGoods = goods,
        AnnualWaterElectricitySpending = waterElectricity,
        AnnualButaneSpending = butane,
        AnnualPhoneSpending = phone,
        SubmittedBy = "test",
    };

    private static ScoringMember Member(Relationship relationship, Sex sex, int age, EducationLevel education, EmploymentStatus employment, bool school, bool covered) =>
        new(relationship, sex, age, new MemberSituation { PersonPublicId = "p_test", EducationLevel = education, EmploymentStatus = employment, EnrolledInSchool = school, HasHealthCoverage = covered });
}
