using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.DemoData;

/// <summary>A synthetic household in plaintext, with its members and first declaration.</summary>
public sealed record DemoHousehold(
    string PublicId,
    string RegionCode,
    string ProvinceCode,
    string CommuneCode,
    Milieu Milieu,
    string Address,
    string Phone,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<DemoPerson> Members,
    Declaration Declaration);
