namespace GraphRegistry.Api.Declarations;

/// <summary>A declared member situation with the household whose declaration it belongs to.</summary>
public sealed record SituationView(MemberSituation Situation, long HouseholdId);
