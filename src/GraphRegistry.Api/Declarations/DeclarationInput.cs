namespace GraphRegistry.Api.Declarations;

/// <summary>A new declaration version: the housing, and a situation for every current member.</summary>
public sealed record DeclarationInput(HousingInput Housing, IReadOnlyList<MemberSituationInput> Members);
