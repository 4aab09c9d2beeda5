namespace GraphRegistry.Api.Members;

public enum Sex
{
    Female,
    Male,
}
