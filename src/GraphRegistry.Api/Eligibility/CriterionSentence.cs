namespace GraphRegistry.Api.Eligibility;

/// <summary>The sentences a decision stores for its extra criteria; <see cref="ReasonCode"/> maps each to a code.</summary>
public static class CriterionSentence
{
    public const string ChildInSchool = "a member aged 6–18 is in school";
    public const string NoChildInSchool = "no member aged 6–18 in school";
    public const string MemberAged60Plus = "a member is 60 or older";
    public const string NoMemberAged60Plus = "no member is 60 or older";
    public const string NoOtherCoverage = "no member has other mandatory health coverage";
    public const string OtherCoverage = "a member already has mandatory health coverage";
}
