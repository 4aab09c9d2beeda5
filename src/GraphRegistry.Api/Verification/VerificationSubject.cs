using GraphRegistry.Api.Declarations;

namespace GraphRegistry.Api.Verification;

/// <summary>What is checked: the household's latest declaration and its current members, decrypted in memory for the comparison only.</summary>
public sealed record VerificationSubject(string HouseholdPublicId, Declaration? Declaration, IReadOnlyList<VerificationMember> Members);

/// <summary>A member as the sources know them: by the hex of a blind index, never by the identifier itself.</summary>
public sealed record VerificationMember(string PublicId, string? IdentityKey, string BirthDate, MemberSituation? Situation);
