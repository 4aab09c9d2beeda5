using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Registration;

/// <summary>A household as registered at a desk or pre-registered online: where, who, and its first declaration.</summary>
public sealed record RegisterHouseholdInput(
    string Region,
    string Province,
    string Commune,
    Milieu Milieu,
    string Address,
    string? Phone,
    IReadOnlyList<NewMemberInput> Members,
    HousingInput Housing);
