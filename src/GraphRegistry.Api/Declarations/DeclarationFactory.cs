namespace GraphRegistry.Api.Declarations;

/// <summary>Turns declared housing and member situations into a declaration version.</summary>
public static class DeclarationFactory
{
    public static Declaration Create(HousingInput housing, IEnumerable<(string PersonPublicId, SituationInput Situation)> members, int version, DeclarationSource source, string submittedBy, DateTimeOffset submittedAt) => new()
    {
        Version = version,
        DwellingType = housing.DwellingType,
        Rooms = housing.Rooms,
        Tenure = housing.Tenure,
        WaterSource = housing.WaterSource,
        HasElectricity = housing.HasElectricity,
        Sanitation = housing.Sanitation,
        CookingFuel = housing.CookingFuel,
        DurableGoods = housing.DurableGoods.Aggregate(DurableGoods.None, (all, good) => all | good),
        AnnualWaterElectricitySpending = housing.AnnualWaterElectricitySpending,
        AnnualButaneSpending = housing.AnnualButaneSpending,
        AnnualPhoneSpending = housing.AnnualPhoneSpending,
        MemberSituations = [.. members.Select(m => new MemberSituation
        {
            PersonPublicId = m.PersonPublicId,
            EducationLevel = m.Situation.EducationLevel,
            EnrolledInSchool = m.Situation.EnrolledInSchool,
            EmploymentStatus = m.Situation.EmploymentStatus,
            HasHealthCoverage = m.Situation.HasHealthCoverage,
        })],
        Source = source,
        SubmittedBy = submittedBy,
        SubmittedAt = submittedAt,
    };
}
