using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.DemoData;

/// <summary>A synthetic person in plaintext, before encryption. Never stored as it is.</summary>
public sealed record DemoPerson(
    string PublicId,
    string? NationalId,
    string Idcs,
    Name FirstName,
    Name LastName,
    DateOnly BirthDate,
    Sex Sex,
    Disability Disability,
    Relationship Relationship,
    MemberSituation Situation);
