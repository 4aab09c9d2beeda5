using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>A current member as the score sees them: relationship, sex, age on the scoring date, declared situation.</summary>
public sealed record ScoringMember(Relationship Relationship, Sex Sex, int Age, MemberSituation Situation);
