namespace GraphRegistry.Api.Eligibility;

public enum ExtraCriterion
{
    /// <summary>At least one member aged 6 to 18 is enrolled in school.</summary>
    ChildAged6To18InSchool,

    /// <summary>At least one member is 60 or older.</summary>
    MemberAged60Plus,

    /// <summary>No member already has mandatory health coverage.</summary>
    NoOtherMandatoryCoverage,
}
