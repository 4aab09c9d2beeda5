namespace GraphRegistry.Api.Declarations;

public sealed record MemberSituationInput(string Person, SituationInput Situation);
