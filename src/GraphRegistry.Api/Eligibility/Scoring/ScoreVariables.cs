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

    public static Dictionary<string, double> Compute(ScoringInput input)
    {
        var declaration = input.Declaration;
        var members = input.Members;
        var size = Math.Max(members.Count, 1);
        var head = members.FirstOrDefault(m => m.Relationship == Relationship.Head) ?? members[0];
        var schoolAge = members.Where(m => m.Age is >= 6 and <= 18).ToList();
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["household_size"] = size,
            ["share_children_under_15"] = Share(members, m => m.Age < 15),
            ["share_members_60_plus"] = Share(members, m => m.Age >= 60),
            ["persons_per_room"] = size / (double)Math.Max(declaration.Rooms, 1),
            ["dwelling_apartment_or_villa"] = Flag(declaration.DwellingType is DwellingType.Apartment or DwellingType.Villa),
            ["dwelling_shack"] = Flag(declaration.DwellingType == DwellingType.Shack),
            ["tenure_owner"] = Flag(declaration.Tenure == Tenure.Owner),
            ["water_piped"] = Flag(declaration.WaterSource == WaterSource.PipedIntoDwelling),
            ["electricity"] = Flag(declaration.HasElectricity),
            ["sanitation_sewer"] = Flag(declaration.Sanitation == Sanitation.PublicSewer),
            ["cooking_wood"] = Flag(declaration.CookingFuel is CookingFuel.Wood or CookingFuel.Charcoal),
            ["has_refrigerator"] = Has(declaration, DurableGoods.Refrigerator),
            ["has_television"] = Has(declaration, DurableGoods.Television),
            ["has_satellite_dish"] = Has(declaration, DurableGoods.SatelliteDish),
            ["has_washing_machine"] = Has(declaration, DurableGoods.WashingMachine),
            ["has_computer"] = Has(declaration, DurableGoods.Computer),
            ["has_air_conditioner"] = Has(declaration, DurableGoods.AirConditioner),
            ["has_car"] = Has(declaration, DurableGoods.Car),
            ["has_motorcycle"] = Has(declaration, DurableGoods.Motorcycle),
            ["has_livestock"] = Has(declaration, DurableGoods.Livestock),
            ["has_tractor"] = Has(declaration, DurableGoods.Tractor),
            ["head_education_years"] = EducationYears(head.Situation.EducationLevel),
            ["head_employee"] = Flag(head.Situation.EmploymentStatus == EmploymentStatus.Employee),
            ["head_self_employed"] = Flag(head.Situation.EmploymentStatus is EmploymentStatus.SelfEmployed or EmploymentStatus.Farmer),
            ["head_unemployed"] = Flag(head.Situation.EmploymentStatus == EmploymentStatus.Unemployed),
            ["head_female"] = Flag(head.Sex == Sex.Female),
            ["share_children_6_18_in_school"] = schoolAge.Count == 0 ? 0 : Share(schoolAge, m => m.Situation.EnrolledInSchool),
            ["share_health_coverage"] = Share(members, m => m.Situation.HasHealthCoverage),
            ["log_water_electricity_per_person"] = Math.Log(1 + ((double)declaration.AnnualWaterElectricitySpending / size)),
            ["log_butane_per_person"] = Math.Log(1 + ((double)declaration.AnnualButaneSpending / size)),
            ["log_phone_per_person"] = Math.Log(1 + ((double)declaration.AnnualPhoneSpending / size)),
        };
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

    private static double Share(IReadOnlyCollection<ScoringMember> members, Func<ScoringMember, bool> predicate) =>
        members.Count == 0 ? 0 : members.Count(predicate) / (double)members.Count;

    private static double Flag(bool value) => value ? 1 : 0;

    private static double Has(Declaration declaration, DurableGoods good) => Flag(declaration.DurableGoods.HasFlag(good));
}
