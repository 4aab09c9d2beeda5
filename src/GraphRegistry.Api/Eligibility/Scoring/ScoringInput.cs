using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>Everything a score is computed from: the household's place, its declaration, its members.</summary>
public sealed record ScoringInput(Milieu Milieu, string RegionCode, Declaration Declaration, IReadOnlyList<ScoringMember> Members);
