namespace GraphRegistry.Api.Eligibility;

public enum Comparator
{
    LessOrEqual,
    LessThan,
    GreaterThan,
    GreaterOrEqual,
}
