using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Eligibility;

/// <summary>A current member as stored: the birth date is still ciphertext, decrypted only to compute an age.</summary>
public sealed record MemberToScore(long HouseholdId, Relationship Relationship, string PublicId, Sex Sex, Encrypted BirthDate);
