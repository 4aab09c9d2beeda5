namespace GraphRegistry.Api.Declarations;

public enum EducationLevel
{
    None,
    Preschool,
    Primary,
    LowerSecondary,
    UpperSecondary,
    Higher,
}
