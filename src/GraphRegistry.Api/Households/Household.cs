using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Households;

public sealed class Household
{
    public long Id { get; set; }

    /// <summary>Opaque identifier shown to clients; the database key never leaves the registry.</summary>
    public required string PublicId { get; set; }

    /// <summary>One of Morocco's 12 regions (see <see cref="Regions"/>).</summary>
    public required string RegionCode { get; set; }

    public required string ProvinceCode { get; set; }

    public required string CommuneCode { get; set; }

    public Milieu Milieu { get; set; }

    public Encrypted Address { get; set; }

    public Encrypted? Phone { get; set; }

    public HouseholdStatus Status { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset? LastDeclarationAt { get; set; }

    /// <summary>The household's record key for perturbed statistics (<see cref="Statistics.RecordKeys"/>); never exposed.</summary>
    public long RecordKey { get; set; }

    public List<Membership> Memberships { get; } = [];

    public List<Declaration> Declarations { get; } = [];
}
