using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>
/// The model's variables, computed from a declaration and its members. A model file must give a
/// coefficient for every one of them; a missing one is an error when the model is loaded.
/// </summary>
public static class ScoreVariables
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "household_size", "share_children_under_15", "share_members_60_plus", "persons_per_room",
        "dwelling_apartment_or_villa", "dwelling_shack", "tenure_owner", "water_piped", "electricity", "sanitation_sewer", "cooking_wood",
        "has_refrigerator", "has_television", "has_satellite_dish", "has_washing_machine", "has_computer", "has_air_conditioner",
        "has_car", "has_motorcycle", "has_livestock", "has_tractor",
        "head_education_years", "head_employee", "head_self_employed", "head_unemployed", "head_female",
        "share_children_6_18_in_school", "share_health_coverage",
        "log_water_electricity_per_person", "log_butane_per_person", "log_phone_per_person",
    ];

    /// <summary>Writes each variable's value into <paramref name="values"/>, in the order of <see cref="Names"/>.</summary>
    public static void Compute(ScoringInput input, Span<double> values)
    {
        var declaration = input.Declaration;
        var members = input.Members;
        var size = Math.Max(members.Count, 1);

        // One pass over the members: a million households are scored in a bulk run.
        ScoringMember? head = null;
        int under15 = 0, over60 = 0, schoolAge = 0, schoolAgeInSchool = 0, covered = 0;
        foreach (var member in members)
        {
            if (head is null && member.Relationship == Relationship.Head)
            {
                head = member;
            }

            under15 += member.Age < 15 ? 1 : 0;
            over60 += member.Age >= 60 ? 1 : 0;
            if (member.Age is >= 6 and <= 18)
            {
                schoolAge++;
                schoolAgeInSchool += member.Situation.EnrolledInSchool ? 1 : 0;
            }

            covered += member.Situation.HasHealthCoverage ? 1 : 0;
        }

        head ??= members[0];
        var goods = declaration.DurableGoods;
        ReadOnlySpan<double> computed =
        [
            size,
            Share(under15, members.Count),
            Share(over60, members.Count),
            size / (double)Math.Max(declaration.Rooms, 1),
            Flag(declaration.DwellingType is DwellingType.Apartment or DwellingType.Villa),
            Flag(declaration.DwellingType == DwellingType.Shack),
            Flag(declaration.Tenure == Tenure.Owner),
            Flag(declaration.WaterSource == WaterSource.PipedIntoDwelling),
            Flag(declaration.HasElectricity),
            Flag(declaration.Sanitation == Sanitation.PublicSewer),
            Flag(declaration.CookingFuel is CookingFuel.Wood or CookingFuel.Charcoal),
            Has(goods, DurableGoods.Refrigerator),
            Has(goods, DurableGoods.Television),
            Has(goods, DurableGoods.SatelliteDish),
            Has(goods, DurableGoods.WashingMachine),
            Has(goods, DurableGoods.Computer),
            Has(goods, DurableGoods.AirConditioner),
            Has(goods, DurableGoods.Car),
            Has(goods, DurableGoods.Motorcycle),
            Has(goods, DurableGoods.Livestock),
            Has(goods, DurableGoods.Tractor),
            EducationYears(head.Situation.EducationLevel),
            Flag(head.Situation.EmploymentStatus == EmploymentStatus.Employee),
            Flag(head.Situation.EmploymentStatus is EmploymentStatus.SelfEmployed or EmploymentStatus.Farmer),
            Flag(head.Situation.EmploymentStatus == EmploymentStatus.Unemployed),
            Flag(head.Sex == Sex.Female),
            schoolAge == 0 ? 0 : Share(schoolAgeInSchool, schoolAge),
            Share(covered, members.Count),
            Math.Log(1 + ((double)declaration.AnnualWaterElectricitySpending / size)),
            Math.Log(1 + ((double)declaration.AnnualButaneSpending / size)),
            Math.Log(1 + ((double)declaration.AnnualPhoneSpending / size)),
        ];
        computed.CopyTo(values);
    }

    // Years of schooling completed, by the highest level reached.
    public static double EducationYears(EducationLevel level) => level switch
    {
        EducationLevel.Primary => 6,
        EducationLevel.LowerSecondary => 9,
        EducationLevel.UpperSecondary => 12,
        EducationLevel.Higher => 15,
        _ => 0,
    };

    private static double Share(int count, int of) => of == 0 ? 0 : count / (double)of;

    private static double Flag(bool value) => value ? 1 : 0;

    private static double Has(DurableGoods goods, DurableGoods good) => Flag(goods.HasFlag(good));
}
