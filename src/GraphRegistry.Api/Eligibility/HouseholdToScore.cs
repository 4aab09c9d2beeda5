using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Eligibility;

/// <summary>What scoring reads of one household: its place, its latest declaration, its current members.</summary>
public sealed record HouseholdToScore(long Id, string PublicId, Milieu Milieu, string RegionCode, Declaration? Declaration, IReadOnlyList<MemberToScore> Members);
