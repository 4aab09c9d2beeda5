using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Declarations;

/// <summary>
/// The household's declared socio-economic situation at one point in time. A change is a new
/// version; earlier versions are never overwritten, because scores and decisions refer to them.
/// </summary>
public sealed class Declaration
{
    public long Id { get; set; }

    public long HouseholdId { get; set; }

    public Household? Household { get; set; }

    /// <summary>1 for the first declaration, then one more for each update.</summary>
    public int Version { get; set; }

    public DwellingType DwellingType { get; set; }

    public int Rooms { get; set; }

    public Tenure Tenure { get; set; }

    public WaterSource WaterSource { get; set; }

    public bool HasElectricity { get; set; }

    public Sanitation Sanitation { get; set; }

    public CookingFuel CookingFuel { get; set; }

    public DurableGoods DurableGoods { get; set; }

    public decimal AnnualWaterElectricitySpending { get; set; }

    public decimal AnnualButaneSpending { get; set; }

    public decimal AnnualPhoneSpending { get; set; }

    public List<MemberSituation> MemberSituations { get; set; } = [];

    public DeclarationSource Source { get; set; }

    /// <summary>Who submitted it: an operator's or citizen's principal id, or a source system.</summary>
    public required string SubmittedBy { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
}
