namespace GraphRegistry.Api.Members;

public enum Disability
{
    None,
    Motor,
    Visual,
    Hearing,
    Mental,
    Multiple,
}
