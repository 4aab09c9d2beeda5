using GraphQL.Types;

namespace GraphRegistry.Api.Declarations;

public sealed class DeclarationGraphType : ObjectGraphType<Declaration>
{
    public DeclarationGraphType()
    {
        Name = "Declaration";
        Description = "One version of the household's declared socio-economic situation.";

        Field(d => d.Version).Description("1 for the first declaration, one more for each update.");
        Field<NonNullGraphType<EnumerationGraphType<DwellingType>>>("dwellingType").Resolve(ctx => ctx.Source.DwellingType);
        Field(d => d.Rooms).Description("Rooms used for living, kitchen and bathroom excluded.");
        Field<NonNullGraphType<EnumerationGraphType<Tenure>>>("tenure").Resolve(ctx => ctx.Source.Tenure);
        Field<NonNullGraphType<EnumerationGraphType<WaterSource>>>("waterSource").Resolve(ctx => ctx.Source.WaterSource);
        Field(d => d.HasElectricity);
        Field<NonNullGraphType<EnumerationGraphType<Sanitation>>>("sanitation").Resolve(ctx => ctx.Source.Sanitation);
        Field<NonNullGraphType<EnumerationGraphType<CookingFuel>>>("cookingFuel").Resolve(ctx => ctx.Source.CookingFuel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DurableGoodGraphType>>>>("durableGoods")
            .Resolve(ctx => Enum.GetValues<DurableGoods>().Where(g => g != DurableGoods.None && ctx.Source.DurableGoods.HasFlag(g)).ToList());
        Field(d => d.AnnualWaterElectricitySpending).Description("Dirhams per year on water and electricity.");
        Field(d => d.AnnualButaneSpending).Description("Dirhams per year on butane gas.");
        Field(d => d.AnnualPhoneSpending).Description("Dirhams per year on telephone.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberSituationGraphType>>>>("memberSituations")
            .Description("Each member's education and employment as declared.")
            .Resolve(ctx => ctx.Source.MemberSituations.Select(situation => new SituationView(situation, ctx.Source.HouseholdId)).ToList());
        Field<NonNullGraphType<EnumerationGraphType<DeclarationSource>>>("source").Resolve(ctx => ctx.Source.Source);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("submittedAt").Resolve(ctx => ctx.Source.SubmittedAt);
    }
}
