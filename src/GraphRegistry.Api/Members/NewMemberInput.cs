using GraphRegistry.Api.Declarations;

namespace GraphRegistry.Api.Members;

/// <summary>A person joining a household: identified by national ID or IDCS, with name and birth date for those without a card.</summary>
public sealed record NewMemberInput(
    string? NationalId,
    string? Idcs,
    string FirstNameLatin,
    string LastNameLatin,
    string FirstNameArabic,
    string LastNameArabic,
    DateOnly BirthDate,
    Sex Sex,
    Relationship Relationship,
    SituationInput Situation,
    Disability Disability = Disability.None);
