using GraphQL.Types;

namespace GraphRegistry.Api.Declarations;

public sealed class HousingInputGraphType : InputObjectGraphType<HousingInput>
{
    public HousingInputGraphType()
    {
        Name = "HousingInput";
        Description = "The household-wide part of a declaration: dwelling, amenities, durable goods and annual spending.";
        Field<NonNullGraphType<EnumerationGraphType<DwellingType>>>("dwellingType");
        Field<NonNullGraphType<IntGraphType>>("rooms").Description($"Rooms used for living, 1 to {DeclarationRules.MaxRooms}.");
        Field<NonNullGraphType<EnumerationGraphType<Tenure>>>("tenure");
        Field<NonNullGraphType<EnumerationGraphType<WaterSource>>>("waterSource");
        Field<NonNullGraphType<BooleanGraphType>>("hasElectricity");
        Field<NonNullGraphType<EnumerationGraphType<Sanitation>>>("sanitation");
        Field<NonNullGraphType<EnumerationGraphType<CookingFuel>>>("cookingFuel");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DurableGoodGraphType>>>>("durableGoods");
        Field<NonNullGraphType<DecimalGraphType>>("annualWaterElectricitySpending").Description("Dirhams per year.");
        Field<NonNullGraphType<DecimalGraphType>>("annualButaneSpending").Description("Dirhams per year.");
        Field<NonNullGraphType<DecimalGraphType>>("annualPhoneSpending").Description("Dirhams per year.");
    }
}
