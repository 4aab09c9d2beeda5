namespace GraphRegistry.Api.Declarations;

/// <summary>The household-wide part of a declaration: dwelling, amenities, goods and spending.</summary>
public sealed record HousingInput(
    DwellingType DwellingType,
    int Rooms,
    Tenure Tenure,
    WaterSource WaterSource,
    bool HasElectricity,
    Sanitation Sanitation,
    CookingFuel CookingFuel,
    IReadOnlyList<DurableGoods> DurableGoods,
    decimal AnnualWaterElectricitySpending,
    decimal AnnualButaneSpending,
    decimal AnnualPhoneSpending);
